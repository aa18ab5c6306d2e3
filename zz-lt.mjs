import { chromium } from 'playwright-core'
const q = process.argv[2] ?? ''
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] })
for (let run = 0; run < 3; run++) {
  const ctx = await b.newContext({ viewport: { width: 1350, height: 940 }, serviceWorkers: 'block' })
  const p = await ctx.newPage()
  await p.addInitScript(() => {
    window.__lt = []
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push([Math.round(e.startTime), Math.round(e.duration)]) }).observe({ type: 'longtask', buffered: true })
  })
  await p.goto('http://localhost:4199/' + q)
  await p.waitForTimeout(5000)
  console.log(run, JSON.stringify(await p.evaluate(() => window.__lt)))
  await ctx.close()
}
await b.close()
