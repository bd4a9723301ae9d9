/** Link targets that depend on the data (a passage without a page of its own links into its reader). */
import type { TaggedPassage } from '../records';
import { hasPage, type SiteData } from './data';
import { routes } from './paths';

export function passageRoute(data: SiteData, p: TaggedPassage): string {
  return hasPage(data, p) ? routes.passage(p.id) : routes.source(data.slugs.get(p.source)!, p.id);
}

export function readerRoute(data: SiteData, p: TaggedPassage): string {
  return routes.source(data.slugs.get(p.source)!, p.id);
}

export function sourceTitle(data: SiteData, source: string): string {
  return data.sources.find((s) => s.source === source)?.title || source;
}

/** First characters of a passage, cut at a character boundary, for titles and lists. */
export function excerpt(text: string, max = 80): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}
