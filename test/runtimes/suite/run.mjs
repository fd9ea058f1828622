// Runner for Node (ESM), Deno and Bun: load the package by name, run the suite, print JSON.
import * as lib from 'jwt-wasm'
import * as core from 'jwt-wasm/core'
import * as asymmetric from 'jwt-wasm/asymmetric'
import { smoke } from './smoke.mjs'

console.log(JSON.stringify(await smoke(lib, JSON.parse(process.argv[2]), core, asymmetric)))
