# Regenerates tests/fixtures/bad/ (the adversarial suite's inputs) from a valid claims CSV made by
# the extractor. Run: python3 scripts/dev/make-bad-fixtures.py (after npm run build).
import csv, io, json, os, subprocess
D = 'tests/fixtures/bad'
os.makedirs(D, exist_ok=True)
text = "Gunmen killed 12 villagers in Dorsa on Monday, police said. Another 9 people were wounded and 4 were abducted.\n"
valid = subprocess.run(['node', 'dist/src/cli/main.js', 'extract', '/dev/stdin', '--id', 'd1', '--published', '2021-05-05'], input=text, capture_output=True, text=True, check=True).stdout
rows = list(csv.reader(io.StringIO(valid)))
header, data = rows[0], rows[1:]
col = {n: i for i, n in enumerate(header)}
def write_rows(name, rs, newline='\n', prefix=''):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=newline, quoting=csv.QUOTE_MINIMAL)
    for r in rs: w.writerow(r)
    with open(f'{D}/{name}', 'w', encoding='utf-8', newline='') as f: f.write(prefix + buf.getvalue())
def mutate(name, row, column, value):
    rs = [list(r) for r in rows]
    rs[row][col[column]] = value
    write_rows(name, rs)
assert len(data) >= 3, data
write_rows('valid.csv', rows)
write_rows('crlf.csv', rows, newline='\r\n')
write_rows('bom.csv', rows, prefix='\ufeff')
mutate('type-count-low.csv', 3, 'count_low', 'x12')
mutate('type-spaces.csv', 1, 'count_best', ' 12 ')
mutate('type-leading-zero.csv', 2, 'count_best', '009')
mutate('type-float.csv', 1, 'quote_start', '3.0')
mutate('negative-count.csv', 1, 'count_low', '-3')
mutate('low-above-best.csv', 1, 'count_low', '99')
mutate('best-above-high.csv', 1, 'count_high', '1')
mutate('impossible-date.csv', 1, 'event_date', '2016-02-30')
mutate('bad-date-format.csv', 2, 'published_at', '05/05/2021')
mutate('unknown-category.csv', 2, 'category', 'maimed')
mutate('unknown-qualifier.csv', 1, 'qualifier', 'roughly')
mutate('required-empty.csv', 1, 'quote_start', '')
mutate('empty-quote.csv', 1, 'quote', '')
mutate('quote-length.csv', 1, 'quote', 'shorter')
mutate('dangling-part-of.csv', 2, 'part_of', 'c0000000000000000')
mutate('dangling-superseded.csv', 3, 'superseded_by', 'cffffffffffffffff')
mutate('duplicate-claim-id.csv', 2, 'claim_id', data[0][col['claim_id']])
mutate('bad-claim-id.csv', 1, 'claim_id', 'has space')
rs = [list(r) for r in rows]; rs[2].append('extra'); write_rows('extra-cell.csv', rs)
rs = [list(r) for r in rows]; rs[2] = rs[2][:-3]; write_rows('missing-cell.csv', rs)
rs = [list(r) for r in rows]; rs[0][4] = ''; write_rows('blank-header.csv', rs)
rs = [list(r) for r in rows]; rs[0][1] = 'claim_id'; write_rows('duplicate-header.csv', rs)
rs = [[c for i, c in enumerate(r) if i != col['uncertainty_notes']] for r in rows]; write_rows('missing-column.csv', rs)
rs = [r + (['x'] if i else ['notes']) for i, r in enumerate(rows)]; write_rows('unknown-column.csv', rs)
with open(f'{D}/header-only.csv', 'w') as f: f.write(','.join(header) + '\n')
open(f'{D}/empty.csv', 'w').close()
lines = valid.split('\n'); cat = data[1][col['category']]; lines[2] = lines[2].replace(f',{cat},', f',"{cat},', 1)
assert '"' + cat in lines[2]
with open(f'{D}/unbalanced-quote.csv', 'w') as f: f.write('\n'.join(lines))
with open(f'{D}/latin1.csv', 'wb') as f: f.write(valid.replace('Dorsa', 'D\u00f6rsa').encode('latin-1'))
with open(f'{D}/utf16.csv', 'wb') as f: f.write(valid.encode('utf-16'))
# JSON Lines documents
good = [json.dumps({'id': f'd{i}', 'text': 'Two soldiers were killed.'}) for i in range(1, 6)]
with open(f'{D}/broken-line.jsonl', 'w') as f: f.write('\n'.join(good[:2] + ['{"id": "d3", "text": oops}'] + good[3:]) + '\n')
with open(f'{D}/non-object-line.jsonl', 'w') as f: f.write('\n'.join(good[:1] + ['[1, 2, 3]'] + good[2:]) + '\n')
with open(f'{D}/missing-text.jsonl', 'w') as f: f.write('\n'.join(good[:3] + ['{"id": "d4", "body": "no text key"}'] + good[4:]) + '\n')
with open(f'{D}/missing-id.jsonl', 'w') as f: f.write('\n'.join(['{"text": "One person died."}'] + good[1:]) + '\n')
with open(f'{D}/bad-published.jsonl', 'w') as f: f.write(json.dumps({'id': 'x', 'text': 'Three died.', 'published_at': 'yesterday'}) + '\n')
# articles
open(f'{D}/empty-article.txt', 'w').close()
with open(f'{D}/whitespace-article.txt', 'w') as f: f.write('   \n\n\t\n')
with open(f'{D}/binary-article.txt', 'wb') as f: f.write(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]))
with open(f'{D}/latin1-article.txt', 'wb') as f: f.write('Caf\u00e9 bombing\nA bomb killed 3 people.\n'.encode('latin-1'))
with open(f'{D}/broken-meta.txt', 'w') as f: f.write('Two people were killed.\n')
with open(f'{D}/broken-meta.meta.json', 'w') as f: f.write('{"id": "m1", "published_at": 2016-08-11}\n')
with open(f'{D}/bad-meta-date.txt', 'w') as f: f.write('Two people were killed.\n')
with open(f'{D}/bad-meta-date.meta.json', 'w') as f: f.write('{"id": "m2", "published_at": "last Tuesday"}\n')
with open(f'{D}/html-scripts.html', 'w') as f: f.write('<html><head><title>T</title><script>document.write("500 killed")</script><style>p{}</style></head><body><p>Shelling killed 6 civilians &amp; wounded 11 in Arvo, medics said.</p><p>Ca&#769;fe&nbsp;owners fled.</p></body></html>')
with open(f'{D}/no-sentence-breaks.txt', 'w') as f: f.write(('gunmen killed 3 people and wounded 4 others in the village ' * 200).strip() + '\n')
with open(f'{D}/unicode-forms.txt', 'w') as f: f.write('Strikes killed 1\u202f200 people in Tarso \u2014 the ministry said \u2013 and wounded \u0663\u0664 others.\nAnother 1\u00a0500 were displaced.\n')
print('fixtures written:', len(os.listdir(D)))
