/**
 * The sensitivity label a workbook carries (Microsoft Purview / MSIP): in the custom document
 * properties ("MSIP_Label_<guid>_Name"), or in docMetadata/LabelInfo.xml (newer Office, which
 * stores no name there). The copy keeps both parts as they are; this only says which label.
 */
import { readRelationships } from "../xlsx/package";
import { ReadBudget } from "../xlsx/limits";
import { decodeXml } from "../xlsx/xmlScan";
import { findEntry, type ZipArchive } from "../xlsx/zip";
import { partText } from "./partText";

export interface SensitivityLabel {
  /** The label's name, when the file says it ("Känsligt – personuppgifter"). */
  name: string | null;
}

export function sensitivityLabel(zip: ZipArchive, budget: ReadBudget): SensitivityLabel | null {
  const custom =
    readRelationships(zip, "", budget).find((r) => r.kind === "custom-properties")?.part ??
    "docProps/custom.xml";
  const xml = findEntry(zip, custom) ? partText(zip, custom, budget) : null;
  if (xml) {
    const re =
      /<(?:[\w.-]+:)?property\b[^>]*\sname="MSIP_Label_[^"]*_Name"[^>]*>\s*<([\w.-]+:)?lpwstr>([^<]*)</;
    const m = re.exec(xml);
    if (m) return { name: decodeXml(m[2], true) };
    if (/name="MSIP_Label_/.test(xml)) return { name: null };
  }
  return findEntry(zip, "docMetadata/LabelInfo.xml") ? { name: null } : null;
}
