export { toCsv, type CsvCell } from './csv.ts';
export { downloadBlob, downloadText } from './download.ts';
export { svgToPngBlob } from './svg-to-png.ts';
