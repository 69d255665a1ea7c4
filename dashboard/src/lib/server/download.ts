/** Headers for a personal download: saved as a file with a dated name, and never kept by any cache on the way. */
export function downloadHeaders(contentType: string, extension: string, now: Date = new Date()): Record<string, string> {
  const day = now.toISOString().slice(0, 10);
  return {
    'content-type': contentType,
    'content-disposition': `attachment; filename="between-sessions-${day}.${extension}"`,
    'cache-control': 'no-store',
  };
}
