// Runner for workerd with the Hono adapter. jwt-wasm/hono reaches the core by the package
// name, so under the workerd condition it shares dist/edge.js with the app, default JWT
// included (jwtRequired() with no argument uses it).
import { Hono } from 'hono'
import { JWT } from 'jwt-wasm'
import { jwtRequired } from 'jwt-wasm/hono'
import { GUARDED_SECRET } from './handler.mjs'

const app = new Hono()
app.get('/guarded', jwtRequired(), (c) => c.json({ identity: c.get('jwtIdentity') }))

let jwt
export default {
  fetch(request, env, ctx) {
    jwt ??= new JWT({ secretKey: GUARDED_SECRET })
    return app.fetch(request, env, ctx)
  },
}
