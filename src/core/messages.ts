// Small wording helpers shared by the adapters' messages.

/** Ends a message with a full stop unless it already ends a sentence ("…mappings" → "…mappings."). */
export function asSentence(message: string): string {
  const trimmed = message.trimEnd();
  return /[.!?…]["”’)]?$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
