/** A number of bytes as a reader reads it ("1.2 MB", decimal units as Intl names them), in the language of Byline's messages. */
import { messageLocale } from './i18n';

export function formatBytes(bytes: number): string {
  const [value, unit] = bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : [bytes / 1e3, 'kilobyte'];
  return new Intl.NumberFormat(messageLocale(), { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}
