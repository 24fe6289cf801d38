// Fisher–Yates shuffle with a given random source (the replays' seeded PRNG), for bench/replay*.mjs.
export function shuffle(array, random) {
  const a = [...array];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
