/** Standard competition ranking: equal scores share a rank, the next rank skips (1, 2, 2, 4). */
export function ranks(scores: readonly number[]): number[] {
  return scores.map((score) => 1 + scores.filter((other) => other > score).length);
}
