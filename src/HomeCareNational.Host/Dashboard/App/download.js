// Downloads of a table as the page shows it: CSV in UTF-8 with a BOM, so Excel opens the Japanese correctly, and
// .xlsx written by the service from the same rows (it reads no data for it).
import { accessToken } from './session.js';

function save(fileName, blob) {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// A cell that starts like a formula is written as text, so a name typed into a register cannot run in Excel.
const quote = value => `"${String(value).replace(/^[=+\-@]/, "'$&").replaceAll('"', '""')}"`;

export function downloadCsv(fileName, header, rows) {
  const text = [header, ...rows].map(row => row.map(quote).join(',')).join('\r\n') + '\r\n';
  save(fileName, new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
}

export async function downloadXlsx(fileName, sheet, columns, rows) {
  const response = await fetch('/dashboard/table.xlsx', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await accessToken()}` },
    body: JSON.stringify({ sheet, columns, rows })
  });
  if (response.ok) {
    save(`${fileName}.xlsx`, await response.blob());
  }
}
