import { HttpResponse, http } from 'msw'

import { fixture } from '../fixtures'

/** The happy path: every data file of the fixture served under `/data/`. */
export const handlers = [
  http.get('*/data/:file', ({ params }) => {
    const file = String(params.file)
    if (!(file in fixture))
      return new HttpResponse(null, { status: 404, statusText: 'Not Found' })
    return HttpResponse.json(structuredClone(fixture[file as keyof typeof fixture]))
  }),
]
