// Runner for Node (CommonJS): the package through require(), the suite through import().
const lib = require('jwt-wasm')

import('./smoke.mjs')
  .then(({ smoke }) => smoke(lib, JSON.parse(process.argv[2])))
  .then((result) => console.log(JSON.stringify(result)))
