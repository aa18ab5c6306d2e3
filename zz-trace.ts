// Load the built app once, trace, list long tasks with the JS functions (self time) inside each.
import { chromium } from 'playwright-core'
import { serveFolder } from './tests/e2e/support/static-server'
const server = await serveFolder('dist')
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] })
const page = await browser.newPage({ viewport: { width: 1350, height: 940 } })
const cdp = await page.context().newCDPSession(page)
const events: any[] = []
cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value))
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval',{interval:200}); await cdp.send('Profiler.start')
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,disabled-by-default-v8.cpu_profiler,blink.user_timing', transferMode: 'ReportEvents' })
await page.goto(server.url)
await page.waitForTimeout(Number(process.env.WAIT ?? 6000))
const { profile: cpu } = await cdp.send('Profiler.stop') as any
const done = new Promise(r => cdp.once('Tracing.tracingComplete', r))
await cdp.send('Tracing.end'); await done
const main = events.find(e => e.name === 'TracingStartedInBrowser')
const tasks = events.filter(e => e.name === 'RunTask' && e.dur > 50000 && e.ph === 'X')
// renderer main thread: thread of most RunTasks with long durations
const byTid = new Map<number, number>(); for (const t of tasks) byTid.set(t.tid, (byTid.get(t.tid) ?? 0) + t.dur)
const tid = [...byTid.entries()].sort((a,b)=>b[1]-a[1])[0]?.[0]
const nav = events.find(e => e.name === 'navigationStart' && e.tid === tid) ?? events.find(e=>e.name==='navigationStart')
const t0 = nav?.ts ?? tasks[0]?.ts
const nodes = new Map<number, any>(); for (const n of cpu.nodes) nodes.set(n.id, n)
let ts = cpu.startTime
const stamped = cpu.samples.map((s: number, i: number) => { ts += cpu.timeDeltas[i]; return { ts, node: s } })
let tbt = 0
for (const t of tasks.filter(t=>t.tid===tid)) {
  tbt += Math.max(0, t.dur/1000 - 50)
  const inside = stamped.filter(s => s.ts >= t.ts && s.ts <= t.ts + t.dur)
  const self = new Map<string, number>()
  for (let i = 0; i < inside.length; i++) { const n = nodes.get(inside[i].node); const cf = n?.callFrame; const key = cf ? `${cf.functionName||'(anon)'} ${String(cf.url).split('/').pop()}:${cf.lineNumber}` : '?'; const dt = (inside[i+1]?.ts ?? inside[i].ts) - inside[i].ts; self.set(key, (self.get(key) ?? 0) + dt) }
  const top = [...self.entries()].sort((a,b)=>b[1]-a[1]).slice(0, 8).map(([k,v])=>`${(v/1000).toFixed(0)}ms ${k}`).join(' | ')
  console.log(`task @${((t.ts - t0)/1000).toFixed(0)}ms ${(t.dur/1000).toFixed(0)}ms :: ${top}`)
}
console.log('TBT-ish (all long tasks, minus 50ms each):', tbt.toFixed(0), 'ms')
const paints = events.filter(e => e.tid === tid && ['firstContentfulPaint','largestContentfulPaint::Candidate'].includes(e.name)).map(e => `${e.name}@${((e.ts-t0)/1000).toFixed(0)}`)
console.log(paints.join(' '))
await browser.close(); await server.close()
