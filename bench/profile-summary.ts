/**
 * Where the CPU time of a saved profile went, by original source file and function:
 *
 *   npx vite-node bench/profile-summary.ts bench/.out/profiles/syn-100000-run1-load.cpuprofile
 *
 * Profiles come from `npm run bench -- --profile`; names are mapped through the source maps
 * of the app build in bench/.out/app (or the folder given as a second argument).
 */
import { summariseProfile } from './lib/profile'

const [file, appDir = 'bench/.out/app'] = process.argv.slice(2)
if (!file) {
  console.error('Usage: npx vite-node bench/profile-summary.ts FILE.cpuprofile [APP_DIR]')
  process.exitCode = 2
} else console.log(summariseProfile(file, appDir))
