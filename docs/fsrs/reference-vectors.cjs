// Prints the FSRS reference vectors FsrsTest checks, from the reference implementation ts-fsrs
// (open-spaced-repetition, npm). Run: npm install ts-fsrs@5.4.2 && node reference-vectors.cjs
const { fsrs, createEmptyCard, Rating, generatorParameters } = require('ts-fsrs');
const f = fsrs(generatorParameters({ enable_fuzz: false }));
console.log('w', JSON.stringify(f.parameters.w));
let card = createEmptyCard(new Date(Date.UTC(2022, 10, 29, 12, 30, 0)));
let now = new Date(Date.UTC(2022, 10, 29, 12, 30, 0));
const ratings = [3,3,3,3,3,3,1,1,3,3,3,3,3];
const ivl = [];
for (const r of ratings) {
  const res = f.next(card, now, r);
  card = res.card;
  ivl.push(card.scheduled_days);
  console.log(r, card.state, card.stability.toFixed(8), card.difficulty.toFixed(8), card.scheduled_days, card.due.toISOString());
  now = card.due;
}
console.log(JSON.stringify(ivl));
// memo state
card = createEmptyCard(new Date(Date.UTC(2022, 10, 29, 12, 30, 0)));
now = new Date(Date.UTC(2022, 10, 29, 12, 30, 0));
const rs = [1,3,3,3,3,3]; const gaps=[0,0,1,3,8,21];
for (let i=0;i<rs.length;i++){ now = new Date(now.getTime()+gaps[i]*86400000); card = f.next(card, now, rs[i]).card; }
card = f.next(card, now, 3).card;
console.log('memo', card.stability.toFixed(8), card.difficulty.toFixed(8));
