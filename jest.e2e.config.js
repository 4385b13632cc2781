/** Browser end-to-end suite: needs `npm run build` and Debian's chromium; `npm test` leaves it out. */
const base = require("./jest.config.js");
module.exports = {
  ...base,
  roots: ["<rootDir>/tests/e2e"],
  testPathIgnorePatterns: [],
  maxWorkers: 1,
};
