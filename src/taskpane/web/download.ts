import type { ReportResult, TemplateFile } from "../../engine/types";

/**
 * Offers the report workbook as a file download — the copy with the register, or the report
 * alone for sharing; nothing leaves the machine.
 */
export function downloadReport(result: ReportResult, which: "copy" | "reportOnly" = "copy"): void {
  const bytes = which === "copy" ? result.bytes : result.reportOnlyBytes;
  const fileName = which === "copy" ? result.fileName : result.reportOnlyFileName;
  if (bytes && fileName) downloadFile({ fileName, bytes });
}

/** Offers a workbook as a file download (the report, the register template). */
export function downloadFile({ fileName, bytes }: TemplateFile): void {
  const blob = new Blob([bytes as BlobPart], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
