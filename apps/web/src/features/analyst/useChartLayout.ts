import { useSyncExternalStore } from 'react';
import type { InsightsChartLayout } from '../../gql/graphql';

/**
 * Up to this width the server's wide chart (about 800 px) would be scaled down until its text is
 * too small to read: a phone gets the NARROW chart (320 px), drawn at its own size.
 */
export const NARROW_CHART_MEDIA = '(max-width: 40em)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(NARROW_CHART_MEDIA);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

const isNarrow = (): boolean => window.matchMedia(NARROW_CHART_MEDIA).matches;

/** The chart layout for the viewport, updated when it crosses NARROW_CHART_MEDIA (a phone turned, a window resized). */
export function useChartLayout(): InsightsChartLayout {
  return useSyncExternalStore(subscribe, isNarrow, () => false) ? 'NARROW' : 'WIDE';
}
