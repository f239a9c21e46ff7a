// Saves export text as a file: a Blob URL clicked through a temporary <a download>.

/** "vna-lens-timeline-YYYY-MM-DD.<ext>": every export's name (the stories, the chart's picture). */
export function exportFileName(ext: 'json' | 'csv' | 'svg' | 'png', now = new Date()): string {
  return `vna-lens-timeline-${now.toISOString().slice(0, 10)}.${ext}`;
}

export function download(text: string, fileName: string, format: 'json' | 'csv'): void {
  // a byte order mark so that spreadsheets read the CSV as UTF-8
  const body = format === 'csv' ? `\ufeff${text}` : text;
  saveBlob(new Blob([body], { type: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' }), fileName);
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
