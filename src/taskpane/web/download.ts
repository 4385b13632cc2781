import type { ReportResult } from "../engine/types";

/** Offers the report workbook as a file download; nothing leaves the machine. */
export function downloadReport(result: ReportResult): void {
  if (!result.bytes || !result.fileName) return;
  const blob = new Blob([result.bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = result.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
