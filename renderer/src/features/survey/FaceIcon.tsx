import type { Face } from '../../../../shared/survey/answers';

/** Mouth curves from a broad smile (very good) to a deep frown (very bad). */
const MOUTH: Record<Face, string> = {
  very_good: 'M30 62 Q50 84 70 62',
  good: 'M32 64 Q50 74 68 64',
  bad: 'M32 72 Q50 62 68 72',
  very_bad: 'M30 76 Q50 56 70 76',
};

/** A face drawn in the button's text colour; the label beside it names it, so it is decorative. */
export function FaceIcon({ face }: { face: Face }) {
  return (
    <svg className="face-icon" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
      <circle cx="50" cy="50" r="44" fill="none" stroke="currentColor" strokeWidth="6" />
      <circle cx="35" cy="40" r="6" fill="currentColor" />
      <circle cx="65" cy="40" r="6" fill="currentColor" />
      <path d={MOUTH[face]} fill="none" stroke="currentColor" strokeWidth="6" strokeLinecap="round" />
    </svg>
  );
}
