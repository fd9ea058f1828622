// Runner for Node (CommonJS): the package through require(), the suite through import().
const lib = require('jwt-wasm')
const core = require('jwt-wasm/core')
const asymmetric = require('jwt-wasm/asymmetric')

import('./smoke.mjs')
  .then(({ smoke }) => smoke(lib, JSON.parse(process.argv[2]), core, asymmetric))
  .then((result) => console.log(JSON.stringify(result)))
