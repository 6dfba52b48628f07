import type { Rectangle } from 'electron';
import type { Bounds } from '../services/settings/userStore';

/** Restores a saved position only when it is still on a connected screen. */
export function visibleBounds(saved: Bounds | undefined, workAreas: Rectangle[]): Bounds | undefined {
  if (!saved) return undefined;
  const onScreen = workAreas.some(
    (a) => saved.x < a.x + a.width - 50 && saved.x + saved.width > a.x + 50 && saved.y >= a.y - 10 && saved.y < a.y + a.height - 50,
  );
  return onScreen ? saved : undefined;
}
