// The one adapter around stopwords-iso (a JSON package): function words carry no outlet's voice.
import stopwordsIso from 'stopwords-iso' with { type: 'json' };

const lists = stopwordsIso as unknown as Record<string, string[]>;

export const stopwords: ReadonlySet<string> = new Set([...(lists.de ?? []), ...(lists.en ?? [])]);
