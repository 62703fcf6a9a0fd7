/**
 * Text for screen readers only: "Publiceren" is enough beside a card's heading, but a list of
 * buttons read out of context must say which place or participant each is for.
 */
export function ScreenReaderOnly({ children }: { children: string }) {
  return <span className="pw-visually-hidden">{children}</span>;
}
