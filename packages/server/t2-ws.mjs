import WebSocket from 'ws';
import fs from 'node:fs';
const token = fs.readFileSync('/tmp/t2/tok_'+(process.argv[2]||'admin'),'utf8').trim();
const ws = new WebSocket('ws://127.0.0.1:4500/graphql', 'graphql-transport-ws');
ws.on('open', () => ws.send(JSON.stringify({type:'connection_init', payload:{token}})));
ws.on('message', (m) => { const x = JSON.parse(m);
  if (x.type==='connection_ack') ws.send(JSON.stringify({id:'1', type:'subscribe', payload:{query:'subscription{deadlineCountdown(filter:{kinds:[APPEAL_ANSWER]}){sentAt deadlines{subjectLabel agencyShortName agencyId dueAt kind}}}'}}));
  else if (x.type==='next') { const d = x.payload.data?.deadlineCountdown?.deadlines ?? x.payload; const want = process.argv.slice(3); console.log(JSON.stringify(Array.isArray(d)? d.filter(e=>want.some(w=>e.subjectLabel.includes(w))) : d)); ws.close(); process.exit(0);} else console.log(JSON.stringify(x)); });
setTimeout(()=>process.exit(1), 8000);
