"use strict";
// The manifest for a deployment: every localhost:3000 address becomes the production URL.
const DEV_URL = "https://localhost:3000";

/** Rewrites the add-in manifest's URLs; the URL must be https (Office refuses anything else). */
function manifestForUrl(xml, url) {
  const base = String(url).replace(/\/+$/, "");
  if (!/^https:\/\/[^\s"<>]+$/.test(base))
    throw new Error(`Adressen måste börja med https:// (fick ”${url}”).`);
  return xml.split(DEV_URL).join(base);
}

module.exports = { DEV_URL, manifestForUrl };
