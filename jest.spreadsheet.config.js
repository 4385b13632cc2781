/** The spreadsheet suites: they need LibreOffice (Debian package libreoffice-calc), so `npm test` leaves them out. */
const base = require("./jest.config.js");
module.exports = { ...base, roots: ["<rootDir>/tests/spreadsheet"], testPathIgnorePatterns: [] };
