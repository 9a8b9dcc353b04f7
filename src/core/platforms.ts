/** The platforms a fix step can differ on. A closed set: a typo is a compile error. */
export const platforms = ['linux-macos', 'windows-powershell', 'docker-compose'] as const;
export type Platform = (typeof platforms)[number];

export const platformLabels: Record<Platform, string> = {
  'linux-macos': 'Linux / macOS',
  'windows-powershell': 'Windows PowerShell',
  'docker-compose': 'Docker Compose',
};

export function isPlatform(value: unknown): value is Platform {
  return typeof value === 'string' && (platforms as readonly string[]).includes(value);
}
