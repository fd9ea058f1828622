(module
 (type $0 (func (result i32)))
 (type $1 (func (param i32 i32 i32) (result i32)))
 (type $2 (func (param i32) (result i32)))
 (type $3 (func (param i32 i32 i32 i32)))
 (type $4 (func (param i32 i32 i32)))
 (type $5 (func))
 (type $6 (func (param i32 i32 f64 f64) (result i32)))
 (type $7 (func (param i32 i32) (result i32)))
 (type $8 (func (param i32 i32)))
 (type $9 (func (param i32 i32 i32 i32 i32 i32)))
 (type $10 (func (param i32 i32 i32 i32 i32 f64 f64 i32) (result i32)))
 (type $11 (func (param i32 i32 i32 i32) (result i32)))
 (type $12 (func (param i32) (result i64)))
 (type $13 (func (param i32 i32 i32 i32 i32) (result i32)))
 (type $14 (func (param f64 f64) (result i32)))
 (type $15 (func (param i32 f64 f64) (result i32)))
 (global $assembly/layout/IN (mut i32) (i32.const 0))
 (global $assembly/json/members (mut i32) (i32.const 0))
 (global $assembly/layout/RES (mut i32) (i32.const 0))
 (global $assembly/layout/OUT (mut i32) (i32.const 0))
 (global $assembly/layout/DEC (mut i32) (i32.const 0))
 (global $assembly/json/MEMBERS (mut i32) (i32.const 0))
 (global $assembly/base64url/invalid (mut v128) (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))
 (global $assembly/layout/MAC (mut i32) (i32.const 0))
 (global $assembly/names/textTop (mut i32) (i32.const 0))
 (global $assembly/json/generation (mut i32) (i32.const 0))
 (global $assembly/json/textTop (mut i32) (i32.const 0))
 (global $assembly/names/SLOTS (mut i32) (i32.const 0))
 (global $assembly/json/STACK (mut i32) (i32.const 0))
 (global $assembly/json/entryCount (mut i32) (i32.const 0))
 (global $assembly/names/ENTRIES (mut i32) (i32.const 0))
 (global $assembly/names/count (mut i32) (i32.const 0))
 (global $assembly/json/ENTRIES (mut i32) (i32.const 0))
 (global $assembly/json/TABLE (mut i32) (i32.const 0))
 (global $assembly/json/decodedUnits (mut i32) (i32.const 0))
 (global $assembly/token/pendingSigned (mut i32) (i32.const -1))
 (global $assembly/names/TEXT (mut i32) (i32.const 0))
 (global $assembly/names/epochCount (mut i32) (i32.const 0))
 (global $assembly/json/TEXT (mut i32) (i32.const 0))
 (global $assembly/json/escaped (mut i32) (i32.const 0))
 (global $assembly/json/objects (mut i32) (i32.const 0))
 (global $assembly/json/numberIsInteger (mut i32) (i32.const 0))
 (global $assembly/json/sawNonAscii (mut i32) (i32.const 0))
 (global $assembly/token/headersEncoded (mut i32) (i32.const 0))
 (global $assembly/token/pendingAlg (mut i32) (i32.const 0))
 (global $assembly/layout/SCAN (mut i32) (i32.const 0))
 (global $assembly/layout/SCAN_END (mut i32) (i32.const 0))
 (global $assembly/json/lastHash (mut i32) (i32.const 0))
 (global $assembly/token/pendingPayload (mut i32) (i32.const 0))
 (global $assembly/token/pendingPayloadLength (mut i32) (i32.const 0))
 (global $assembly/token/pendingSignatureLength (mut i32) (i32.const 0))
 (memory $0 20 20)
 (data $0 (i32.const 1024) "\08\c9\bc\f3g\e6\tj;\a7\ca\84\85\aeg\bb+\f8\94\fer\f3n<\f16\1d_:\f5O\a5\d1\82\e6\ad\7fR\0eQ\1fl>+\8ch\05\9bk\bdA\fb\ab\d9\83\1fy!~\13\19\cd\e0[")
 (data $1 (i32.const 1088) "\d8\9e\05\c1]\9d\bb\cb\07\d5|6*)\9ab\17\ddp0Z\01Y\919Y\0e\f7\d8\ec/\151\0b\c0\ffg&3g\11\15Xh\87J\b4\8e\a7\8f\f9d\r.\0c\db\a4O\fa\be\1dH\b5G")
 (data $2 (i32.const 1152) "\"\ae(\d7\98/\8aB\cde\ef#\91D7q/;M\ec\cf\fb\c0\b5\bc\db\89\81\a5\db\b5\e98\b5H\f3[\c2V9\19\d0\05\b6\f1\11\f1Y\9bO\19\af\a4\82?\92\18\81m\da\d5^\1c\abB\02\03\a3\98\aa\07\d8\beopE\01[\83\12\8c\b2\e4N\be\851$\e2\b4\ff\d5\c3}\0cUo\89{\f2t]\ber\b1\96\16;\fe\b1\de\805\12\c7%\a7\06\dc\9b\94&i\cft\f1\9b\c1\d2J\f1\9e\c1i\9b\e4\e3%O8\86G\be\ef\b5\d5\8c\8b\c6\9d\c1\0fe\9c\acw\cc\a1\0c$u\02+Yo,\e9-\83\e4\a6n\aa\84tJ\d4\fbA\bd\dc\a9\b0\\\b5S\11\83\da\88\f9v\ab\dff\eeRQ>\98\102\b4-m\c61\a8?!\fb\98\c8\'\03\b0\e4\0e\ef\be\c7\7fY\bf\c2\8f\a8=\f3\0b\e0\c6%\a7\n\93G\91\a7\d5o\82\03\e0Qc\ca\06pn\0e\ng))\14\fc/\d2F\85\n\b7\'&\c9&\\8!\1b.\ed*\c4Z\fcm,M\df\b3\95\9d\13\r8S\dec\af\8bTs\ne\a8\b2w<\bb\njv\e6\ae\edG.\c9\c2\81;5\82\14\85,r\92d\03\f1L\a1\e8\bf\a2\010B\bcKf\1a\a8\91\97\f8\d0p\8bK\c20\beT\06\a3Ql\c7\18R\ef\d6\19\e8\92\d1\10\a9eU$\06\99\d6* qW\855\0e\f4\b8\d1\bb2p\a0j\10\c8\d0\d2\b8\16\c1\a4\19S\abAQ\08l7\1e\99\eb\8e\dfLwH\'\a8H\9b\e1\b5\bc\b04cZ\c9\c5\b3\0c\1c9\cb\8aA\e3J\aa\d8Ns\e3cwO\ca\9c[\a3\b8\b2\d6\f3o.h\fc\b2\ef]\ee\82\8ft`/\17Coc\a5xr\ab\f0\a1\14x\c8\84\ec9d\1a\08\02\c7\8c(\1ec#\fa\ff\be\90\e9\bd\82\de\eblP\a4\15y\c6\b2\f7\a3\f9\be+Sr\e3\f2xq\c6\9ca&\ea\ce>\'\ca\07\c2\c0!\c7\b8\86\d1\1e\eb\e0\cd\d6}\da\eax\d1n\ee\7fO}\f5\bao\17r\aag\f0\06\a6\98\c8\a2\c5}c\n\ae\r\f9\be\04\98?\11\1bG\1c\135\0bq\1b\84}\04#\f5w\db(\93$\c7@{\ab\ca2\bc\be\c9\15\n\be\9e<L\r\10\9c\c4g\1dC\b6B>\cb\be\d4\c5L*~e\fc\9c)\7fY\ec\fa\d6:\abo\cb_\17XGJ\8c\19Dl")
 (data $6 (i32.const 2337) "\01\02\03\04\05\06\07\08\t\n\0b\0c\r\0e\0f")
 (data $11 (i32.const 2736) "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
 (data $12 (i32.const 2800) "  \01\02\04\08\04\10        ")
 (data $13 (i32.const 2816) "%!!!!!!!!!#;;:;3")
 (data $14 (i32.const 2834) "\11\04\bf\bf\b9\b9")
 (data $15 (i32.const 2849) "\01\02\03\04\05\06\07\08\t\n\0b\0c\r\0e\0f")
 (data $17 (i32.const 3152) "\01\01\00\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\00\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01")
 (data $18 (i32.const 3388) "\1c")
 (data $18.1 (i32.const 3400) "\02\00\00\00\06\00\00\00e\00x\00p")
 (data $19 (i32.const 3420) "\1c")
 (data $19.1 (i32.const 3432) "\02\00\00\00\06\00\00\00n\00b\00f")
 (data $20 (i32.const 3452) "\1c")
 (data $20.1 (i32.const 3464) "\02\00\00\00\06\00\00\00i\00a\00t")
 (data $21 (i32.const 3484) "\1c")
 (data $21.1 (i32.const 3496) "\02\00\00\00\06\00\00\00s\00u\00b")
 (data $22 (i32.const 3516) "\1c")
 (data $22.1 (i32.const 3528) "\02\00\00\00\06\00\00\00a\00u\00d")
 (data $23 (i32.const 3548) ",")
 (data $23.1 (i32.const 3560) "\04\00\00\00\14\00\00\00P\r\00\00p\r\00\00\90\r\00\00\b0\r\00\00\d0\r")
 (data $24 (i32.const 3596) "\1c")
 (data $24.1 (i32.const 3608) "\02\00\00\00\06\00\00\00a\00l\00g")
 (data $25 (i32.const 3628) "\1c")
 (data $25.1 (i32.const 3640) "\02\00\00\00\06\00\00\00t\00y\00p")
 (data $26 (i32.const 3660) "\1c")
 (data $26.1 (i32.const 3672) "\02\00\00\00\08\00\00\00c\00r\00i\00t")
 (data $27 (i32.const 3692) "\1c")
 (data $27.1 (i32.const 3704) "\02\00\00\00\06\00\00\00b\006\004")
 (data $28 (i32.const 3724) ",")
 (data $28.1 (i32.const 3736) "\04\00\00\00\10\00\00\00 \0e\00\00@\0e\00\00`\0e\00\00\80\0e")
 (data $29 (i32.const 3772) "\1c")
 (data $29.1 (i32.const 3784) "\02\00\00\00\06\00\00\00k\00i\00d")
 (data $30 (i32.const 3804) ",")
 (data $30.1 (i32.const 3816) "\04\00\00\00\14\00\00\00 \0e\00\00@\0e\00\00`\0e\00\00\80\0e\00\00\d0\0e")
 (data $32 (i32.const 3996) "\1c")
 (data $32.1 (i32.const 4008) "\02\00\00\00\n\00\00\00H\00S\002\005\006")
 (data $33 (i32.const 4028) "\1c")
 (data $33.1 (i32.const 4040) "\02\00\00\00\n\00\00\00H\00S\003\008\004")
 (data $34 (i32.const 4060) "\1c")
 (data $34.1 (i32.const 4072) "\02\00\00\00\n\00\00\00H\00S\005\001\002")
 (data $35 (i32.const 4092) "\1c")
 (data $35.1 (i32.const 4104) "\04\00\00\00\0c\00\00\00\b0\0f\00\00\d0\0f\00\00\f0\0f")
 (data $36 (i32.const 4124) "{\"alg\":\"HS256\",\"typ\":\"JWT\"}")
 (data $38 (i32.const 4280) "256384512")
 (data $41 (i32.const 5536) "eyJzdWIiOi")
 (data $42 (i32.const 5548) "\1c")
 (data $42.1 (i32.const 5560) "\02\00\00\00\08\00\00\00t\00r\00u\00e")
 (data $43 (i32.const 5580) "\1c")
 (data $43.1 (i32.const 5592) "\02\00\00\00\n\00\00\00f\00a\00l\00s\00e")
 (data $44 (i32.const 5612) "\1c")
 (data $44.1 (i32.const 5624) "\02\00\00\00\08\00\00\00n\00u\00l\00l")
 (data $45 (i32.const 5644) "\1c")
 (data $45.1 (i32.const 5656) "\02\00\00\00\06\00\00\00j\00w\00t")
 (data $46 (i32.const 5676) "<")
 (data $46.1 (i32.const 5688) "\02\00\00\00\1e\00\00\00a\00p\00p\00l\00i\00c\00a\00t\00i\00o\00n\00/\00j\00w\00t")
 (export "inPtr" (func $assembly/index/inPtr))
 (export "outPtr" (func $assembly/index/outPtr))
 (export "decPtr" (func $assembly/index/decPtr))
 (export "resPtr" (func $assembly/index/resPtr))
 (export "keyStatePtr" (func $assembly/index/keyStatePtr))
 (export "ownKeyPtr" (func $assembly/index/ownKeyPtr))
 (export "membersPtr" (func $assembly/index/membersPtr))
 (export "maxToken" (func $assembly/index/maxToken))
 (export "setKey" (func $assembly/index/setKey))
 (export "encode" (func $assembly/index/encode))
 (export "decode" (func $assembly/index/decode))
 (export "verify" (func $assembly/token/verify))
 (export "sign" (func $assembly/token/sign))
 (export "verifyRing" (func $assembly/token/verifyRing))
 (export "verifyKeyed" (func $assembly/token/verifyKeyed))
 (export "signOwn" (func $assembly/token/signOwn))
 (export "setOwnHeader" (func $assembly/token/setOwnHeader))
 (export "headerId" (func $assembly/token/headerId))
 (export "checkTimes" (func $assembly/claims/checkTimes))
 (export "memory" (memory $0))
 (start $~start)
 (func $assembly/base64url/decode (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  (local $3 i32)
  (local $4 v128)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 v128)
  local.get $1
  i32.const 3
  i32.and
  local.tee $5
  i32.const 1
  i32.eq
  if
   i32.const -1
   return
  end
  local.get $0
  local.get $1
  i32.add
  local.set $6
  local.get $2
  local.set $1
  v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
  global.set $assembly/base64url/invalid
  loop $while-continue|0
   local.get $0
   i32.const 16
   i32.add
   local.tee $3
   local.get $6
   i32.le_u
   if
    local.get $0
    v128.load
    local.tee $4
    i32.const 4
    i8x16.shr_u
    local.set $7
    global.get $assembly/base64url/invalid
    i32.const 2816
    v128.load
    local.get $4
    v128.const i32x4 0x0f0f0f0f 0x0f0f0f0f 0x0f0f0f0f 0x0f0f0f0f
    v128.and
    i8x16.swizzle
    i32.const 2800
    v128.load
    local.get $7
    i8x16.swizzle
    v128.and
    v128.or
    global.set $assembly/base64url/invalid
    local.get $1
    local.get $4
    v128.const i32x4 0xe0e0e0e0 0xe0e0e0e0 0xe0e0e0e0 0xe0e0e0e0
    i32.const 2832
    v128.load
    local.get $7
    i8x16.swizzle
    local.get $4
    v128.const i32x4 0x5f5f5f5f 0x5f5f5f5f 0x5f5f5f5f 0x5f5f5f5f
    i8x16.eq
    v128.bitselect
    i8x16.add
    local.tee $4
    v128.const i32x4 0x00ff00ff 0x00ff00ff 0x00ff00ff 0x00ff00ff
    v128.and
    i32.const 6
    i16x8.shl
    local.get $4
    i32.const 8
    i16x8.shr_u
    v128.or
    v128.const i32x4 0x00011000 0x00011000 0x00011000 0x00011000
    i32x4.dot_i16x8_s
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    i8x16.shuffle 2 1 0 6 5 4 10 9 8 14 13 12 16 16 16 16
    local.tee $4
    v128.store64_lane 0
    local.get $1
    local.get $4
    v128.store32_lane offset=8 2
    local.get $3
    local.set $0
    local.get $1
    i32.const 12
    i32.add
    local.set $1
    br $while-continue|0
   end
  end
  i32.const -1
  local.get $6
  local.get $0
  i32.sub
  local.tee $3
  if (result i32)
   local.get $0
   v128.load
   v128.const i32x4 0x41414141 0x41414141 0x41414141 0x41414141
   i32.const 2848
   v128.load
   local.tee $7
   local.get $3
   i8x16.splat
   i8x16.lt_u
   v128.bitselect
   local.tee $4
   i32.const 4
   i8x16.shr_u
   local.set $8
   global.get $assembly/base64url/invalid
   i32.const 2816
   v128.load
   local.get $4
   v128.const i32x4 0x0f0f0f0f 0x0f0f0f0f 0x0f0f0f0f 0x0f0f0f0f
   v128.and
   i8x16.swizzle
   i32.const 2800
   v128.load
   local.get $8
   i8x16.swizzle
   v128.and
   v128.or
   global.set $assembly/base64url/invalid
   local.get $1
   local.get $4
   v128.const i32x4 0xe0e0e0e0 0xe0e0e0e0 0xe0e0e0e0 0xe0e0e0e0
   i32.const 2832
   v128.load
   local.get $8
   i8x16.swizzle
   local.get $4
   v128.const i32x4 0x5f5f5f5f 0x5f5f5f5f 0x5f5f5f5f 0x5f5f5f5f
   i8x16.eq
   v128.bitselect
   i8x16.add
   local.tee $4
   v128.const i32x4 0x00ff00ff 0x00ff00ff 0x00ff00ff 0x00ff00ff
   v128.and
   i32.const 6
   i16x8.shl
   local.get $4
   i32.const 8
   i16x8.shr_u
   v128.or
   v128.const i32x4 0x00011000 0x00011000 0x00011000 0x00011000
   i32x4.dot_i16x8_s
   v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
   i8x16.shuffle 2 1 0 6 5 4 10 9 8 14 13 12 16 16 16 16
   local.tee $4
   v128.store64_lane 0
   local.get $1
   local.get $4
   v128.store32_lane offset=8 2
   global.get $assembly/base64url/invalid
   local.get $4
   local.get $7
   local.get $3
   i32.const 2
   i32.shr_u
   i32.const 3
   i32.mul
   local.get $5
   i32.const 1
   i32.sub
   i32.const 0
   local.get $5
   select
   i32.add
   local.tee $0
   i8x16.splat
   i8x16.add
   i8x16.swizzle
   v128.or
   global.set $assembly/base64url/invalid
   local.get $0
   local.get $1
   i32.add
  else
   local.get $1
  end
  local.get $2
  i32.sub
  global.get $assembly/base64url/invalid
  v128.any_true
  select
 )
 (func $assembly/sha512/sha512Blocks (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 i64)
  (local $13 i64)
  (local $14 i64)
  (local $15 i64)
  (local $16 i64)
  (local $17 i64)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i64)
  (local $22 i64)
  (local $23 i64)
  (local $24 v128)
  (local $25 i64)
  (local $26 i64)
  (local $27 i64)
  (local $28 i64)
  (local $29 i64)
  local.get $1
  local.get $2
  i32.const 7
  i32.shl
  i32.add
  local.set $18
  loop $while-continue|0
   local.get $1
   local.get $18
   i32.lt_u
   if
    local.get $1
    v128.load
    local.tee $3
    local.get $3
    i8x16.shuffle 7 6 5 4 3 2 1 0 15 14 13 12 11 10 9 8
    local.set $9
    local.get $1
    v128.load offset=16
    local.tee $3
    local.get $3
    i8x16.shuffle 7 6 5 4 3 2 1 0 15 14 13 12 11 10 9 8
    local.set $7
    local.get $1
    v128.load offset=32
    local.tee $3
    local.get $3
    i8x16.shuffle 7 6 5 4 3 2 1 0 15 14 13 12 11 10 9 8
    local.set $8
    local.get $1
    v128.load offset=48
    local.tee $3
    local.get $3
    i8x16.shuffle 7 6 5 4 3 2 1 0 15 14 13 12 11 10 9 8
    local.set $3
    local.get $1
    v128.load offset=64
    local.tee $4
    local.get $4
    i8x16.shuffle 7 6 5 4 3 2 1 0 15 14 13 12 11 10 9 8
    local.set $6
    local.get $1
    v128.load offset=80
    local.tee $4
    local.get $4
    i8x16.shuffle 7 6 5 4 3 2 1 0 15 14 13 12 11 10 9 8
    local.set $5
    local.get $1
    v128.load offset=96
    local.tee $4
    local.get $4
    i8x16.shuffle 7 6 5 4 3 2 1 0 15 14 13 12 11 10 9 8
    local.set $4
    local.get $1
    v128.load offset=112
    local.tee $10
    local.get $10
    i8x16.shuffle 7 6 5 4 3 2 1 0 15 14 13 12 11 10 9 8
    local.set $10
    local.get $0
    i64.load
    local.set $21
    local.get $0
    i64.load offset=24
    local.set $13
    local.get $0
    i64.load offset=32
    local.set $23
    local.get $0
    i64.load offset=40
    local.set $22
    local.get $0
    i64.load offset=48
    local.set $16
    local.get $0
    i64.load offset=56
    local.set $17
    local.get $0
    i64.load offset=8
    local.tee $15
    local.get $0
    i64.load offset=16
    local.tee $14
    i64.xor
    local.set $12
    i32.const 1152
    local.set $2
    loop $for-loop|1
     i32.const 0
     local.set $20
     loop $for-loop|2
      local.get $20
      i32.const 2
      i32.lt_s
      if
       local.get $9
       local.get $2
       local.get $20
       i32.const 6
       i32.shl
       i32.add
       local.tee $19
       v128.load
       i64x2.add
       local.tee $11
       i64x2.extract_lane 0
       local.get $17
       i64.add
       local.get $16
       local.get $23
       local.get $16
       local.get $22
       i64.xor
       i64.and
       i64.xor
       i64.add
       local.get $23
       i64.const 14
       i64.rotr
       local.get $23
       i64.const 18
       i64.rotr
       i64.xor
       local.get $23
       i64.const 41
       i64.rotr
       i64.xor
       i64.add
       local.tee $17
       local.get $13
       i64.add
       local.set $13
       local.get $7
       local.get $19
       v128.load offset=16
       i64x2.add
       local.tee $24
       i64x2.extract_lane 0
       local.get $22
       i64.add
       local.get $23
       local.get $11
       i64x2.extract_lane 1
       local.get $16
       i64.add
       local.get $22
       local.get $13
       local.get $22
       local.get $23
       i64.xor
       i64.and
       i64.xor
       i64.add
       local.get $13
       i64.const 14
       i64.rotr
       local.get $13
       i64.const 18
       i64.rotr
       i64.xor
       local.get $13
       i64.const 41
       i64.rotr
       i64.xor
       i64.add
       local.tee $16
       local.get $14
       i64.add
       local.tee $14
       local.get $13
       local.get $23
       i64.xor
       i64.and
       i64.xor
       i64.add
       local.get $14
       i64.const 14
       i64.rotr
       local.get $14
       i64.const 18
       i64.rotr
       i64.xor
       local.get $14
       i64.const 41
       i64.rotr
       i64.xor
       i64.add
       local.tee $22
       local.get $15
       i64.add
       local.set $25
       local.get $17
       local.get $21
       i64.const 28
       i64.rotr
       local.get $21
       i64.const 34
       i64.rotr
       i64.xor
       local.get $21
       i64.const 39
       i64.rotr
       i64.xor
       local.get $15
       local.get $21
       i64.xor
       local.tee $17
       local.get $12
       i64.and
       local.get $15
       i64.xor
       i64.add
       i64.add
       local.tee $12
       local.get $21
       i64.xor
       local.set $15
       local.get $16
       local.get $12
       i64.const 28
       i64.rotr
       local.get $12
       i64.const 34
       i64.rotr
       i64.xor
       local.get $12
       i64.const 39
       i64.rotr
       i64.xor
       local.get $15
       local.get $17
       i64.and
       local.get $21
       i64.xor
       i64.add
       i64.add
       local.tee $26
       local.get $12
       i64.xor
       local.set $27
       local.get $22
       local.get $26
       i64.const 28
       i64.rotr
       local.get $26
       i64.const 34
       i64.rotr
       i64.xor
       local.get $26
       i64.const 39
       i64.rotr
       i64.xor
       local.get $15
       local.get $27
       i64.and
       local.get $12
       i64.xor
       i64.add
       i64.add
       local.tee $15
       local.get $26
       i64.xor
       local.set $28
       local.get $8
       local.get $19
       v128.load offset=32
       i64x2.add
       local.tee $11
       i64x2.extract_lane 0
       local.get $13
       i64.add
       local.get $14
       local.get $24
       i64x2.extract_lane 1
       local.get $23
       i64.add
       local.get $13
       local.get $25
       local.get $13
       local.get $14
       i64.xor
       i64.and
       i64.xor
       i64.add
       local.get $25
       i64.const 14
       i64.rotr
       local.get $25
       i64.const 18
       i64.rotr
       i64.xor
       local.get $25
       i64.const 41
       i64.rotr
       i64.xor
       i64.add
       local.tee $13
       local.get $21
       i64.add
       local.tee $21
       local.get $14
       local.get $25
       i64.xor
       i64.and
       i64.xor
       i64.add
       local.get $21
       i64.const 14
       i64.rotr
       local.get $21
       i64.const 18
       i64.rotr
       i64.xor
       local.get $21
       i64.const 41
       i64.rotr
       i64.xor
       i64.add
       local.tee $29
       local.get $12
       i64.add
       local.set $17
       local.get $3
       local.get $19
       v128.load offset=48
       i64x2.add
       local.tee $24
       i64x2.extract_lane 0
       local.get $25
       i64.add
       local.get $21
       local.get $11
       i64x2.extract_lane 1
       local.get $14
       i64.add
       local.get $25
       local.get $17
       local.get $21
       local.get $25
       i64.xor
       i64.and
       i64.xor
       i64.add
       local.get $17
       i64.const 14
       i64.rotr
       local.get $17
       i64.const 18
       i64.rotr
       i64.xor
       local.get $17
       i64.const 41
       i64.rotr
       i64.xor
       i64.add
       local.tee $12
       local.get $26
       i64.add
       local.tee $16
       local.get $17
       local.get $21
       i64.xor
       i64.and
       i64.xor
       i64.add
       local.get $16
       i64.const 14
       i64.rotr
       local.get $16
       i64.const 18
       i64.rotr
       i64.xor
       local.get $16
       i64.const 41
       i64.rotr
       i64.xor
       i64.add
       local.tee $25
       local.get $15
       i64.add
       local.set $22
       local.get $13
       local.get $15
       i64.const 28
       i64.rotr
       local.get $15
       i64.const 34
       i64.rotr
       i64.xor
       local.get $15
       i64.const 39
       i64.rotr
       i64.xor
       local.get $27
       local.get $28
       i64.and
       local.get $26
       i64.xor
       i64.add
       i64.add
       local.tee $14
       local.get $24
       i64x2.extract_lane 1
       local.get $21
       i64.add
       local.get $17
       local.get $22
       local.get $16
       local.get $17
       i64.xor
       i64.and
       i64.xor
       i64.add
       local.get $22
       i64.const 14
       i64.rotr
       local.get $22
       i64.const 18
       i64.rotr
       i64.xor
       local.get $22
       i64.const 41
       i64.rotr
       i64.xor
       i64.add
       local.tee $21
       i64.add
       local.set $23
       local.get $14
       local.get $29
       local.get $14
       i64.const 28
       i64.rotr
       local.get $14
       i64.const 34
       i64.rotr
       i64.xor
       local.get $14
       i64.const 39
       i64.rotr
       i64.xor
       local.get $14
       local.get $15
       i64.xor
       local.tee $26
       local.get $28
       i64.and
       local.get $15
       i64.xor
       i64.add
       i64.add
       local.tee $13
       i64.xor
       local.set $15
       local.get $13
       local.get $12
       local.get $13
       i64.const 28
       i64.rotr
       local.get $13
       i64.const 34
       i64.rotr
       i64.xor
       local.get $13
       i64.const 39
       i64.rotr
       i64.xor
       local.get $15
       local.get $26
       i64.and
       local.get $14
       i64.xor
       i64.add
       i64.add
       local.tee $14
       i64.xor
       local.set $26
       local.get $14
       local.get $25
       local.get $14
       i64.const 28
       i64.rotr
       local.get $14
       i64.const 34
       i64.rotr
       i64.xor
       local.get $14
       i64.const 39
       i64.rotr
       i64.xor
       local.get $15
       local.get $26
       i64.and
       local.get $13
       i64.xor
       i64.add
       i64.add
       local.tee $15
       i64.xor
       local.set $12
       local.get $21
       local.get $15
       i64.const 28
       i64.rotr
       local.get $15
       i64.const 34
       i64.rotr
       i64.xor
       local.get $15
       i64.const 39
       i64.rotr
       i64.xor
       local.get $12
       local.get $26
       i64.and
       local.get $14
       i64.xor
       i64.add
       i64.add
       local.set $21
       local.get $2
       i32.const 1664
       i32.ne
       if (result v128)
        local.get $8
        local.get $4
        local.get $10
        i8x16.shuffle 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23
        i64x2.add
        local.get $8
        local.get $3
        i8x16.shuffle 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23
        local.tee $11
        i32.const 1
        i64x2.shr_u
        local.get $11
        i32.const 63
        i64x2.shl
        v128.or
        local.get $11
        i32.const 8
        i64x2.shr_u
        local.get $11
        i32.const 56
        i64x2.shl
        v128.or
        v128.xor
        local.get $11
        i32.const 7
        i64x2.shr_u
        v128.xor
        local.get $7
        local.get $5
        local.get $4
        i8x16.shuffle 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23
        i64x2.add
        local.get $7
        local.get $8
        i8x16.shuffle 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23
        local.tee $8
        i32.const 1
        i64x2.shr_u
        local.get $8
        i32.const 63
        i64x2.shl
        v128.or
        local.get $8
        i32.const 8
        i64x2.shr_u
        local.get $8
        i32.const 56
        i64x2.shl
        v128.or
        v128.xor
        local.get $8
        i32.const 7
        i64x2.shr_u
        v128.xor
        local.get $9
        local.get $6
        local.get $5
        i8x16.shuffle 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23
        i64x2.add
        local.get $9
        local.get $7
        i8x16.shuffle 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23
        local.tee $7
        i32.const 1
        i64x2.shr_u
        local.get $7
        i32.const 63
        i64x2.shl
        v128.or
        local.get $7
        i32.const 8
        i64x2.shr_u
        local.get $7
        i32.const 56
        i64x2.shl
        v128.or
        v128.xor
        local.get $7
        i32.const 7
        i64x2.shr_u
        v128.xor
        local.get $10
        i32.const 19
        i64x2.shr_u
        local.get $10
        i32.const 45
        i64x2.shl
        v128.or
        local.get $10
        i32.const 61
        i64x2.shr_u
        local.get $10
        i32.const 3
        i64x2.shl
        v128.or
        v128.xor
        local.get $10
        i32.const 6
        i64x2.shr_u
        v128.xor
        i64x2.add
        i64x2.add
        local.tee $9
        i32.const 19
        i64x2.shr_u
        local.get $9
        i32.const 45
        i64x2.shl
        v128.or
        local.get $9
        i32.const 61
        i64x2.shr_u
        local.get $9
        i32.const 3
        i64x2.shl
        v128.or
        v128.xor
        local.get $9
        i32.const 6
        i64x2.shr_u
        v128.xor
        i64x2.add
        i64x2.add
        local.tee $7
        i32.const 19
        i64x2.shr_u
        local.get $7
        i32.const 45
        i64x2.shl
        v128.or
        local.get $7
        i32.const 61
        i64x2.shr_u
        local.get $7
        i32.const 3
        i64x2.shl
        v128.or
        v128.xor
        local.get $7
        i32.const 6
        i64x2.shr_u
        v128.xor
        i64x2.add
        i64x2.add
        local.set $8
        local.get $3
        local.get $10
        local.get $9
        i8x16.shuffle 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23
        i64x2.add
        local.get $3
        local.get $6
        i8x16.shuffle 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23
        local.tee $3
        i32.const 1
        i64x2.shr_u
        local.get $3
        i32.const 63
        i64x2.shl
        v128.or
        local.get $3
        i32.const 8
        i64x2.shr_u
        local.get $3
        i32.const 56
        i64x2.shl
        v128.or
        v128.xor
        local.get $3
        i32.const 7
        i64x2.shr_u
        v128.xor
        local.get $8
        i32.const 19
        i64x2.shr_u
        local.get $8
        i32.const 45
        i64x2.shl
        v128.or
        local.get $8
        i32.const 61
        i64x2.shr_u
        local.get $8
        i32.const 3
        i64x2.shl
        v128.or
        v128.xor
        local.get $8
        i32.const 6
        i64x2.shr_u
        v128.xor
        i64x2.add
        i64x2.add
       else
        local.get $3
       end
       local.get $9
       local.get $6
       local.set $9
       local.set $6
       local.get $7
       local.get $5
       local.set $7
       local.set $5
       local.get $8
       local.get $4
       local.set $8
       local.set $4
       local.get $10
       local.set $3
       local.set $10
       local.get $20
       i32.const 1
       i32.add
       local.set $20
       br $for-loop|2
      end
     end
     local.get $2
     i32.const 1664
     i32.ne
     if
      local.get $2
      i32.const 128
      i32.add
      local.set $2
      br $for-loop|1
     end
    end
    local.get $0
    local.get $0
    i64.load
    local.get $21
    i64.add
    i64.store
    local.get $0
    local.get $0
    i64.load offset=8
    local.get $15
    i64.add
    i64.store offset=8
    local.get $0
    local.get $0
    i64.load offset=16
    local.get $14
    i64.add
    i64.store offset=16
    local.get $0
    local.get $0
    i64.load offset=24
    local.get $13
    i64.add
    i64.store offset=24
    local.get $0
    local.get $0
    i64.load offset=32
    local.get $23
    i64.add
    i64.store offset=32
    local.get $0
    local.get $0
    i64.load offset=40
    local.get $22
    i64.add
    i64.store offset=40
    local.get $0
    local.get $0
    i64.load offset=48
    local.get $16
    i64.add
    i64.store offset=48
    local.get $0
    local.get $0
    i64.load offset=56
    local.get $17
    i64.add
    i64.store offset=56
    local.get $1
    i32.const 128
    i32.add
    local.set $1
    br $while-continue|0
   end
  end
 )
 (func $assembly/sha256/sha256Blocks (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 v128)
  (local $20 i32)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 i32)
  (local $26 v128)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 v128)
  local.get $0
  i32.load
  local.set $10
  local.get $0
  i32.load offset=4
  local.set $9
  local.get $0
  i32.load offset=8
  local.set $8
  local.get $0
  i32.load offset=12
  local.set $7
  local.get $0
  i32.load offset=16
  local.set $6
  local.get $0
  i32.load offset=20
  local.set $5
  local.get $0
  i32.load offset=24
  local.set $4
  local.get $0
  i32.load offset=28
  local.set $3
  local.get $1
  local.get $2
  i32.const 6
  i32.shl
  i32.add
  local.set $20
  loop $while-continue|0
   local.get $1
   local.get $20
   i32.lt_u
   if
    local.get $1
    v128.load
    local.tee $19
    local.get $19
    i8x16.shuffle 3 2 1 0 7 6 5 4 11 10 9 8 15 14 13 12
    local.set $24
    local.get $1
    v128.load offset=16
    local.tee $19
    local.get $19
    i8x16.shuffle 3 2 1 0 7 6 5 4 11 10 9 8 15 14 13 12
    local.set $26
    local.get $1
    v128.load offset=32
    local.tee $19
    local.get $19
    i8x16.shuffle 3 2 1 0 7 6 5 4 11 10 9 8 15 14 13 12
    local.set $23
    local.get $1
    v128.load offset=48
    local.tee $19
    local.get $19
    i8x16.shuffle 3 2 1 0 7 6 5 4 11 10 9 8 15 14 13 12
    local.set $22
    local.get $10
    local.set $14
    local.get $7
    local.set $12
    local.get $6
    local.set $17
    local.get $5
    local.set $18
    local.get $4
    local.set $13
    local.get $3
    local.set $16
    local.get $9
    local.tee $15
    local.get $8
    local.tee $11
    i32.xor
    local.set $2
    i32.const 1824
    local.set $25
    loop $for-loop|1
     local.get $24
     local.get $25
     v128.load
     i32x4.add
     local.tee $19
     i32x4.extract_lane 0
     local.get $16
     i32.add
     local.get $13
     local.get $17
     local.get $13
     local.get $18
     i32.xor
     i32.and
     i32.xor
     i32.add
     local.get $17
     i32.const 6
     i32.rotr
     local.get $17
     i32.const 11
     i32.rotr
     i32.xor
     local.get $17
     i32.const 25
     i32.rotr
     i32.xor
     i32.add
     local.tee $16
     local.get $12
     i32.add
     local.set $12
     local.get $19
     i32x4.extract_lane 3
     local.get $17
     i32.add
     local.get $12
     local.get $19
     i32x4.extract_lane 2
     local.get $18
     i32.add
     local.get $17
     local.get $19
     i32x4.extract_lane 1
     local.get $13
     i32.add
     local.get $18
     local.get $12
     local.get $17
     local.get $18
     i32.xor
     i32.and
     i32.xor
     i32.add
     local.get $12
     i32.const 6
     i32.rotr
     local.get $12
     i32.const 11
     i32.rotr
     i32.xor
     local.get $12
     i32.const 25
     i32.rotr
     i32.xor
     i32.add
     local.tee $13
     local.get $11
     i32.add
     local.tee $11
     local.get $12
     local.get $17
     i32.xor
     i32.and
     i32.xor
     i32.add
     local.get $11
     i32.const 6
     i32.rotr
     local.get $11
     i32.const 11
     i32.rotr
     i32.xor
     local.get $11
     i32.const 25
     i32.rotr
     i32.xor
     i32.add
     local.tee $17
     local.get $15
     i32.add
     local.tee $18
     local.get $11
     local.get $12
     i32.xor
     i32.and
     i32.xor
     i32.add
     local.get $18
     i32.const 6
     i32.rotr
     local.get $18
     i32.const 11
     i32.rotr
     i32.xor
     local.get $18
     i32.const 25
     i32.rotr
     i32.xor
     i32.add
     local.tee $27
     local.get $14
     i32.add
     local.set $28
     local.get $16
     local.get $14
     i32.const 2
     i32.rotr
     local.get $14
     i32.const 13
     i32.rotr
     i32.xor
     local.get $14
     i32.const 22
     i32.rotr
     i32.xor
     local.get $14
     local.get $15
     i32.xor
     local.tee $16
     local.get $2
     i32.and
     local.get $15
     i32.xor
     i32.add
     i32.add
     local.tee $2
     local.get $14
     i32.xor
     local.set $15
     local.get $13
     local.get $2
     i32.const 2
     i32.rotr
     local.get $2
     i32.const 13
     i32.rotr
     i32.xor
     local.get $2
     i32.const 22
     i32.rotr
     i32.xor
     local.get $15
     local.get $16
     i32.and
     local.get $14
     i32.xor
     i32.add
     i32.add
     local.tee $13
     local.get $2
     i32.xor
     local.set $14
     local.get $17
     local.get $13
     i32.const 2
     i32.rotr
     local.get $13
     i32.const 13
     i32.rotr
     i32.xor
     local.get $13
     i32.const 22
     i32.rotr
     i32.xor
     local.get $14
     local.get $15
     i32.and
     local.get $2
     i32.xor
     i32.add
     i32.add
     local.tee $15
     local.get $13
     i32.xor
     local.set $16
     local.get $26
     local.get $25
     v128.load offset=16
     i32x4.add
     local.tee $19
     i32x4.extract_lane 0
     local.get $12
     i32.add
     local.get $11
     local.get $28
     local.get $11
     local.get $18
     i32.xor
     i32.and
     i32.xor
     i32.add
     local.get $28
     i32.const 6
     i32.rotr
     local.get $28
     i32.const 11
     i32.rotr
     i32.xor
     local.get $28
     i32.const 25
     i32.rotr
     i32.xor
     i32.add
     local.tee $12
     local.get $2
     i32.add
     local.set $2
     local.get $19
     i32x4.extract_lane 3
     local.get $28
     i32.add
     local.get $2
     local.get $19
     i32x4.extract_lane 2
     local.get $18
     i32.add
     local.get $28
     local.get $19
     i32x4.extract_lane 1
     local.get $11
     i32.add
     local.get $18
     local.get $2
     local.get $18
     local.get $28
     i32.xor
     i32.and
     i32.xor
     i32.add
     local.get $2
     i32.const 6
     i32.rotr
     local.get $2
     i32.const 11
     i32.rotr
     i32.xor
     local.get $2
     i32.const 25
     i32.rotr
     i32.xor
     i32.add
     local.tee $17
     local.get $13
     i32.add
     local.tee $18
     local.get $2
     local.get $28
     i32.xor
     i32.and
     i32.xor
     i32.add
     local.get $18
     i32.const 6
     i32.rotr
     local.get $18
     i32.const 11
     i32.rotr
     i32.xor
     local.get $18
     i32.const 25
     i32.rotr
     i32.xor
     i32.add
     local.tee $28
     local.get $15
     i32.add
     local.tee $29
     local.get $2
     local.get $18
     i32.xor
     i32.and
     i32.xor
     i32.add
     local.get $29
     i32.const 6
     i32.rotr
     local.get $29
     i32.const 11
     i32.rotr
     i32.xor
     local.get $29
     i32.const 25
     i32.rotr
     i32.xor
     i32.add
     local.tee $30
     local.get $27
     local.get $15
     i32.const 2
     i32.rotr
     local.get $15
     i32.const 13
     i32.rotr
     i32.xor
     local.get $15
     i32.const 22
     i32.rotr
     i32.xor
     local.get $14
     local.get $16
     i32.and
     local.get $13
     i32.xor
     i32.add
     i32.add
     local.tee $11
     i32.add
     local.set $13
     local.get $12
     local.get $11
     i32.const 2
     i32.rotr
     local.get $11
     i32.const 13
     i32.rotr
     i32.xor
     local.get $11
     i32.const 22
     i32.rotr
     i32.xor
     local.get $11
     local.get $15
     i32.xor
     local.tee $12
     local.get $16
     i32.and
     local.get $15
     i32.xor
     i32.add
     i32.add
     local.tee $14
     local.get $11
     i32.xor
     local.set $15
     local.get $17
     local.get $14
     i32.const 2
     i32.rotr
     local.get $14
     i32.const 13
     i32.rotr
     i32.xor
     local.get $14
     i32.const 22
     i32.rotr
     i32.xor
     local.get $12
     local.get $15
     i32.and
     local.get $11
     i32.xor
     i32.add
     i32.add
     local.tee $11
     local.get $14
     i32.xor
     local.set $12
     local.get $28
     local.get $11
     i32.const 2
     i32.rotr
     local.get $11
     i32.const 13
     i32.rotr
     i32.xor
     local.get $11
     i32.const 22
     i32.rotr
     i32.xor
     local.get $12
     local.get $15
     i32.and
     local.get $14
     i32.xor
     i32.add
     i32.add
     local.tee $15
     local.get $11
     i32.xor
     local.set $16
     local.get $23
     local.get $25
     v128.load offset=32
     i32x4.add
     local.tee $19
     i32x4.extract_lane 0
     local.get $2
     i32.add
     local.get $18
     local.get $13
     local.get $18
     local.get $29
     i32.xor
     i32.and
     i32.xor
     i32.add
     local.get $13
     i32.const 6
     i32.rotr
     local.get $13
     i32.const 11
     i32.rotr
     i32.xor
     local.get $13
     i32.const 25
     i32.rotr
     i32.xor
     i32.add
     local.tee $2
     local.get $14
     i32.add
     local.set $14
     local.get $19
     i32x4.extract_lane 3
     local.get $13
     i32.add
     local.get $14
     local.get $19
     i32x4.extract_lane 2
     local.get $29
     i32.add
     local.get $13
     local.get $19
     i32x4.extract_lane 1
     local.get $18
     i32.add
     local.get $29
     local.get $14
     local.get $13
     local.get $29
     i32.xor
     i32.and
     i32.xor
     i32.add
     local.get $14
     i32.const 6
     i32.rotr
     local.get $14
     i32.const 11
     i32.rotr
     i32.xor
     local.get $14
     i32.const 25
     i32.rotr
     i32.xor
     i32.add
     local.tee $17
     local.get $11
     i32.add
     local.tee $18
     local.get $13
     local.get $14
     i32.xor
     i32.and
     i32.xor
     i32.add
     local.get $18
     i32.const 6
     i32.rotr
     local.get $18
     i32.const 11
     i32.rotr
     i32.xor
     local.get $18
     i32.const 25
     i32.rotr
     i32.xor
     i32.add
     local.tee $13
     local.get $15
     i32.add
     local.tee $27
     local.get $14
     local.get $18
     i32.xor
     i32.and
     i32.xor
     i32.add
     local.get $27
     i32.const 6
     i32.rotr
     local.get $27
     i32.const 11
     i32.rotr
     i32.xor
     local.get $27
     i32.const 25
     i32.rotr
     i32.xor
     i32.add
     local.tee $28
     local.get $30
     local.get $15
     i32.const 2
     i32.rotr
     local.get $15
     i32.const 13
     i32.rotr
     i32.xor
     local.get $15
     i32.const 22
     i32.rotr
     i32.xor
     local.get $12
     local.get $16
     i32.and
     local.get $11
     i32.xor
     i32.add
     i32.add
     local.tee $11
     i32.add
     local.set $12
     local.get $2
     local.get $11
     i32.const 2
     i32.rotr
     local.get $11
     i32.const 13
     i32.rotr
     i32.xor
     local.get $11
     i32.const 22
     i32.rotr
     i32.xor
     local.get $11
     local.get $15
     i32.xor
     local.tee $2
     local.get $16
     i32.and
     local.get $15
     i32.xor
     i32.add
     i32.add
     local.tee $15
     local.get $11
     i32.xor
     local.set $16
     local.get $17
     local.get $15
     i32.const 2
     i32.rotr
     local.get $15
     i32.const 13
     i32.rotr
     i32.xor
     local.get $15
     i32.const 22
     i32.rotr
     i32.xor
     local.get $2
     local.get $16
     i32.and
     local.get $11
     i32.xor
     i32.add
     i32.add
     local.tee $2
     local.get $15
     i32.xor
     local.set $11
     local.get $13
     local.get $2
     i32.const 2
     i32.rotr
     local.get $2
     i32.const 13
     i32.rotr
     i32.xor
     local.get $2
     i32.const 22
     i32.rotr
     i32.xor
     local.get $11
     local.get $16
     i32.and
     local.get $15
     i32.xor
     i32.add
     i32.add
     local.tee $29
     local.get $2
     i32.xor
     local.set $30
     local.get $22
     local.get $25
     v128.load offset=48
     i32x4.add
     local.tee $19
     i32x4.extract_lane 0
     local.get $14
     i32.add
     local.get $18
     local.get $12
     local.get $18
     local.get $27
     i32.xor
     i32.and
     i32.xor
     i32.add
     local.get $12
     i32.const 6
     i32.rotr
     local.get $12
     i32.const 11
     i32.rotr
     i32.xor
     local.get $12
     i32.const 25
     i32.rotr
     i32.xor
     i32.add
     local.tee $14
     local.get $15
     i32.add
     local.set $16
     local.get $28
     local.get $29
     i32.const 2
     i32.rotr
     local.get $29
     i32.const 13
     i32.rotr
     i32.xor
     local.get $29
     i32.const 22
     i32.rotr
     i32.xor
     local.get $11
     local.get $30
     i32.and
     local.get $2
     i32.xor
     i32.add
     i32.add
     local.tee $15
     local.get $19
     i32x4.extract_lane 3
     local.get $12
     i32.add
     local.get $16
     local.get $19
     i32x4.extract_lane 2
     local.get $27
     i32.add
     local.get $12
     local.get $19
     i32x4.extract_lane 1
     local.get $18
     i32.add
     local.get $27
     local.get $16
     local.get $12
     local.get $27
     i32.xor
     i32.and
     i32.xor
     i32.add
     local.get $16
     i32.const 6
     i32.rotr
     local.get $16
     i32.const 11
     i32.rotr
     i32.xor
     local.get $16
     i32.const 25
     i32.rotr
     i32.xor
     i32.add
     local.tee $11
     local.get $2
     i32.add
     local.tee $13
     local.get $12
     local.get $16
     i32.xor
     i32.and
     i32.xor
     i32.add
     local.get $13
     i32.const 6
     i32.rotr
     local.get $13
     i32.const 11
     i32.rotr
     i32.xor
     local.get $13
     i32.const 25
     i32.rotr
     i32.xor
     i32.add
     local.tee $2
     local.get $29
     i32.add
     local.tee $18
     local.get $13
     local.get $16
     i32.xor
     i32.and
     i32.xor
     i32.add
     local.get $18
     i32.const 6
     i32.rotr
     local.get $18
     i32.const 11
     i32.rotr
     i32.xor
     local.get $18
     i32.const 25
     i32.rotr
     i32.xor
     i32.add
     local.tee $27
     i32.add
     local.set $17
     local.get $15
     local.get $14
     local.get $15
     i32.const 2
     i32.rotr
     local.get $15
     i32.const 13
     i32.rotr
     i32.xor
     local.get $15
     i32.const 22
     i32.rotr
     i32.xor
     local.get $15
     local.get $29
     i32.xor
     local.tee $14
     local.get $30
     i32.and
     local.get $29
     i32.xor
     i32.add
     i32.add
     local.tee $12
     i32.xor
     local.set $28
     local.get $12
     local.get $11
     local.get $12
     i32.const 2
     i32.rotr
     local.get $12
     i32.const 13
     i32.rotr
     i32.xor
     local.get $12
     i32.const 22
     i32.rotr
     i32.xor
     local.get $14
     local.get $28
     i32.and
     local.get $15
     i32.xor
     i32.add
     i32.add
     local.tee $11
     i32.xor
     local.set $14
     local.get $11
     local.get $2
     local.get $11
     i32.const 2
     i32.rotr
     local.get $11
     i32.const 13
     i32.rotr
     i32.xor
     local.get $11
     i32.const 22
     i32.rotr
     i32.xor
     local.get $14
     local.get $28
     i32.and
     local.get $12
     i32.xor
     i32.add
     i32.add
     local.tee $15
     i32.xor
     local.set $2
     local.get $27
     local.get $15
     i32.const 2
     i32.rotr
     local.get $15
     i32.const 13
     i32.rotr
     i32.xor
     local.get $15
     i32.const 22
     i32.rotr
     i32.xor
     local.get $2
     local.get $14
     i32.and
     local.get $11
     i32.xor
     i32.add
     i32.add
     local.set $14
     local.get $25
     i32.const 2016
     i32.ne
     if
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.get $24
      local.get $23
      local.get $22
      i8x16.shuffle 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19
      local.tee $21
      i32x4.add
      local.get $24
      local.get $26
      i8x16.shuffle 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19
      local.tee $19
      i32.const 7
      i32x4.shr_u
      local.get $19
      i32.const 25
      i32x4.shl
      v128.or
      local.get $19
      i32.const 18
      i32x4.shr_u
      local.get $19
      i32.const 14
      i32x4.shl
      v128.or
      v128.xor
      local.get $19
      i32.const 3
      i32x4.shr_u
      v128.xor
      i32x4.add
      local.get $22
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      i8x16.shuffle 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23
      local.tee $19
      i32.const 17
      i32x4.shr_u
      local.get $19
      i32.const 15
      i32x4.shl
      v128.or
      local.get $19
      i32.const 19
      i32x4.shr_u
      local.get $19
      i32.const 13
      i32x4.shl
      v128.or
      v128.xor
      local.get $19
      i32.const 10
      i32x4.shr_u
      v128.xor
      i32x4.add
      local.tee $19
      i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
      local.set $24
      local.get $19
      local.get $24
      i32.const 17
      i32x4.shr_u
      local.get $24
      i32.const 15
      i32x4.shl
      v128.or
      local.get $24
      i32.const 19
      i32x4.shr_u
      local.get $24
      i32.const 13
      i32x4.shl
      v128.or
      v128.xor
      local.get $24
      i32.const 10
      i32x4.shr_u
      v128.xor
      i32x4.add
      local.tee $24
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      i8x16.shuffle 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23
      local.set $31
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.get $26
      local.get $22
      local.get $24
      i8x16.shuffle 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19
      local.tee $19
      i32x4.add
      local.get $26
      local.get $23
      i8x16.shuffle 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19
      local.tee $26
      i32.const 7
      i32x4.shr_u
      local.get $26
      i32.const 25
      i32x4.shl
      v128.or
      local.get $26
      i32.const 18
      i32x4.shr_u
      local.get $26
      i32.const 14
      i32x4.shl
      v128.or
      v128.xor
      local.get $26
      i32.const 3
      i32x4.shr_u
      v128.xor
      i32x4.add
      local.get $31
      i32.const 17
      i32x4.shr_u
      local.get $31
      i32.const 15
      i32x4.shl
      v128.or
      local.get $31
      i32.const 19
      i32x4.shr_u
      local.get $31
      i32.const 13
      i32x4.shl
      v128.or
      v128.xor
      local.get $31
      i32.const 10
      i32x4.shr_u
      v128.xor
      i32x4.add
      local.tee $26
      i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
      local.set $31
      local.get $26
      local.get $31
      i32.const 17
      i32x4.shr_u
      local.get $31
      i32.const 15
      i32x4.shl
      v128.or
      local.get $31
      i32.const 19
      i32x4.shr_u
      local.get $31
      i32.const 13
      i32x4.shl
      v128.or
      v128.xor
      local.get $31
      i32.const 10
      i32x4.shr_u
      v128.xor
      i32x4.add
      local.tee $26
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      i8x16.shuffle 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23
      local.set $31
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.get $23
      local.get $24
      local.get $26
      i8x16.shuffle 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19
      i32x4.add
      local.get $21
      i32.const 7
      i32x4.shr_u
      local.get $21
      i32.const 25
      i32x4.shl
      v128.or
      local.get $21
      i32.const 18
      i32x4.shr_u
      local.get $21
      i32.const 14
      i32x4.shl
      v128.or
      v128.xor
      local.get $21
      i32.const 3
      i32x4.shr_u
      v128.xor
      i32x4.add
      local.get $31
      i32.const 17
      i32x4.shr_u
      local.get $31
      i32.const 15
      i32x4.shl
      v128.or
      local.get $31
      i32.const 19
      i32x4.shr_u
      local.get $31
      i32.const 13
      i32x4.shl
      v128.or
      v128.xor
      local.get $31
      i32.const 10
      i32x4.shr_u
      v128.xor
      i32x4.add
      local.tee $21
      i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
      local.set $23
      local.get $21
      local.get $23
      i32.const 17
      i32x4.shr_u
      local.get $23
      i32.const 15
      i32x4.shl
      v128.or
      local.get $23
      i32.const 19
      i32x4.shr_u
      local.get $23
      i32.const 13
      i32x4.shl
      v128.or
      v128.xor
      local.get $23
      i32.const 10
      i32x4.shr_u
      v128.xor
      i32x4.add
      local.tee $23
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      i8x16.shuffle 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23
      local.set $21
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.get $22
      local.get $26
      local.get $23
      i8x16.shuffle 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19
      i32x4.add
      local.get $19
      i32.const 7
      i32x4.shr_u
      local.get $19
      i32.const 25
      i32x4.shl
      v128.or
      local.get $19
      i32.const 18
      i32x4.shr_u
      local.get $19
      i32.const 14
      i32x4.shl
      v128.or
      v128.xor
      local.get $19
      i32.const 3
      i32x4.shr_u
      v128.xor
      i32x4.add
      local.get $21
      i32.const 17
      i32x4.shr_u
      local.get $21
      i32.const 15
      i32x4.shl
      v128.or
      local.get $21
      i32.const 19
      i32x4.shr_u
      local.get $21
      i32.const 13
      i32x4.shl
      v128.or
      v128.xor
      local.get $21
      i32.const 10
      i32x4.shr_u
      v128.xor
      i32x4.add
      local.tee $19
      i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
      local.set $21
      local.get $19
      local.get $21
      i32.const 17
      i32x4.shr_u
      local.get $21
      i32.const 15
      i32x4.shl
      v128.or
      local.get $21
      i32.const 19
      i32x4.shr_u
      local.get $21
      i32.const 13
      i32x4.shl
      v128.or
      v128.xor
      local.get $21
      i32.const 10
      i32x4.shr_u
      v128.xor
      i32x4.add
      local.set $22
      local.get $25
      i32.const -64
      i32.sub
      local.set $25
      br $for-loop|1
     end
    end
    local.get $10
    local.get $14
    i32.add
    local.set $10
    local.get $9
    local.get $15
    i32.add
    local.set $9
    local.get $8
    local.get $11
    i32.add
    local.set $8
    local.get $7
    local.get $12
    i32.add
    local.set $7
    local.get $6
    local.get $17
    i32.add
    local.set $6
    local.get $5
    local.get $18
    i32.add
    local.set $5
    local.get $4
    local.get $13
    i32.add
    local.set $4
    local.get $3
    local.get $16
    i32.add
    local.set $3
    local.get $1
    i32.const -64
    i32.sub
    local.set $1
    br $while-continue|0
   end
  end
  local.get $0
  local.get $10
  i32.store
  local.get $0
  local.get $9
  i32.store offset=4
  local.get $0
  local.get $8
  i32.store offset=8
  local.get $0
  local.get $7
  i32.store offset=12
  local.get $0
  local.get $6
  i32.store offset=16
  local.get $0
  local.get $5
  i32.store offset=20
  local.get $0
  local.get $4
  i32.store offset=24
  local.get $0
  local.get $3
  i32.store offset=28
 )
 (func $assembly/md/finish (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
  (local $6 i32)
  (local $7 i64)
  (local $8 i32)
  (local $9 v128)
  (local $10 v128)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  local.get $2
  i32.const 128
  i32.const 64
  local.get $0
  select
  local.tee $6
  i32.const 1
  i32.sub
  i32.const -1
  i32.xor
  i32.and
  local.tee $11
  if
   local.get $11
   local.get $6
   i32.div_u
   local.set $12
   local.get $0
   if
    i32.const 2480
    local.get $1
    local.get $12
    call $assembly/sha512/sha512Blocks
   else
    i32.const 2480
    local.get $1
    local.get $12
    call $assembly/sha256/sha256Blocks
   end
  end
  local.get $1
  local.get $11
  i32.add
  local.set $12
  i32.const 2
  i32.const 1
  local.get $2
  local.get $11
  i32.sub
  local.tee $11
  i32.const 1
  i32.add
  local.get $6
  i32.const 3
  i32.shr_u
  i32.add
  local.get $6
  i32.gt_u
  select
  local.tee $13
  local.get $6
  i32.mul
  local.set $1
  local.get $11
  i8x16.splat
  local.set $10
  i32.const 2336
  v128.load
  local.set $9
  loop $for-loop|0
   local.get $6
   local.get $8
   i32.gt_u
   if
    local.get $8
    i32.const 2080
    i32.add
    local.get $8
    local.get $12
    i32.add
    v128.load
    local.get $9
    local.get $10
    i8x16.lt_s
    v128.and
    v128.store
    local.get $9
    v128.const i32x4 0x10101010 0x10101010 0x10101010 0x10101010
    i8x16.add
    local.set $9
    local.get $8
    i32.const 16
    i32.add
    local.set $8
    br $for-loop|0
   end
  end
  loop $for-loop|1
   local.get $1
   local.get $6
   i32.gt_u
   if
    local.get $6
    i32.const 2080
    i32.add
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    v128.store
    local.get $6
    i32.const 16
    i32.add
    local.set $6
    br $for-loop|1
   end
  end
  local.get $11
  i32.const 2080
  i32.add
  i32.const 128
  i32.store8
  local.get $1
  i32.const 2072
  i32.add
  local.get $2
  local.get $3
  i32.add
  i64.extend_i32_u
  i64.const 3
  i64.shl
  local.tee $7
  i64.const 8
  i64.shr_u
  i64.const 71777214294589695
  i64.and
  local.get $7
  i64.const 71777214294589695
  i64.and
  i64.const 8
  i64.shl
  i64.or
  local.tee $7
  i64.const 16
  i64.shr_u
  i64.const 281470681808895
  i64.and
  local.get $7
  i64.const 281470681808895
  i64.and
  i64.const 16
  i64.shl
  i64.or
  i64.const 32
  i64.rotr
  i64.store
  local.get $0
  if
   i32.const 2480
   i32.const 2080
   local.get $13
   call $assembly/sha512/sha512Blocks
  else
   i32.const 2480
   i32.const 2080
   local.get $13
   call $assembly/sha256/sha256Blocks
  end
  local.get $0
  if
   i32.const 0
   local.set $0
   loop $for-loop|3
    local.get $0
    local.get $5
    i32.lt_u
    if
     local.get $0
     local.get $4
     i32.add
     local.get $0
     i32.const 2480
     i32.add
     i64.load
     local.tee $7
     i64.const 8
     i64.shr_u
     i64.const 71777214294589695
     i64.and
     local.get $7
     i64.const 71777214294589695
     i64.and
     i64.const 8
     i64.shl
     i64.or
     local.tee $7
     i64.const 16
     i64.shr_u
     i64.const 281470681808895
     i64.and
     local.get $7
     i64.const 281470681808895
     i64.and
     i64.const 16
     i64.shl
     i64.or
     i64.const 32
     i64.rotr
     i64.store
     local.get $0
     i32.const 8
     i32.add
     local.set $0
     br $for-loop|3
    end
   end
  else
   i32.const 0
   local.set $1
   loop $for-loop|2
    local.get $1
    local.get $5
    i32.lt_u
    if
     local.get $1
     local.get $4
     i32.add
     local.get $1
     i32.const 2480
     i32.add
     i32.load
     local.tee $0
     i32.const -16711936
     i32.and
     i32.const 8
     i32.rotl
     local.get $0
     i32.const 16711935
     i32.and
     i32.const 8
     i32.rotr
     i32.or
     i32.store
     local.get $1
     i32.const 4
     i32.add
     local.set $1
     br $for-loop|2
    end
   end
  end
 )
 (func $assembly/json/scanString (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 v128)
  (local $9 i32)
  i32.const 0
  global.set $assembly/json/escaped
  block $folding-inner0
   loop $while-continue|0
    local.get $0
    local.get $1
    i32.lt_u
    if
     local.get $0
     i32.load8_u
     local.tee $4
     i32.const 3120
     i32.add
     i32.load8_u
     if
      local.get $2
      if
       loop $do-loop|1
        local.get $2
        local.get $3
        i32.const 1
        i32.shl
        i32.add
        local.get $4
        i32.store16
        local.get $3
        i32.const 1
        i32.add
        local.set $3
        local.get $1
        local.get $0
        i32.const 1
        i32.add
        local.tee $0
        i32.gt_u
        if (result i32)
         local.get $0
         i32.load8_u
         local.tee $4
         i32.const 3120
         i32.add
         i32.load8_u
        else
         i32.const 0
        end
        br_if $do-loop|1
       end
      else
       local.get $0
       i32.const 1
       i32.add
       local.set $0
       loop $while-continue|2
        local.get $0
        i32.const 16
        i32.add
        local.get $1
        i32.le_u
        if
         block $while-break|2
          local.get $0
          v128.load
          local.tee $8
          v128.const i32x4 0x22222222 0x22222222 0x22222222 0x22222222
          i8x16.eq
          local.get $8
          v128.const i32x4 0x5c5c5c5c 0x5c5c5c5c 0x5c5c5c5c 0x5c5c5c5c
          i8x16.eq
          v128.or
          local.get $8
          v128.const i32x4 0x20202020 0x20202020 0x20202020 0x20202020
          i8x16.lt_s
          v128.or
          i8x16.bitmask
          local.tee $4
          if
           local.get $0
           local.get $4
           i32.ctz
           i32.add
           local.set $0
           br $while-break|2
          end
          local.get $0
          i32.const 16
          i32.add
          local.set $0
          br $while-continue|2
         end
        end
       end
       loop $while-continue|3
        local.get $0
        local.get $1
        i32.lt_u
        if (result i32)
         local.get $0
         i32.load8_u
         i32.const 3120
         i32.add
         i32.load8_u
        else
         i32.const 0
        end
        if
         local.get $0
         i32.const 1
         i32.add
         local.set $0
         br $while-continue|3
        end
       end
      end
      br $while-continue|0
     end
     local.get $4
     i32.const 34
     i32.eq
     if
      local.get $3
      global.set $assembly/json/decodedUnits
      local.get $0
      i32.const 1
      i32.add
      return
     end
     local.get $4
     i32.const 92
     i32.eq
     if
      i32.const 1
      global.set $assembly/json/escaped
      local.get $0
      i32.const 1
      i32.add
      local.get $1
      i32.ge_u
      br_if $folding-inner0
      local.get $0
      i32.load8_u offset=1
      local.set $4
      local.get $0
      i32.const 2
      i32.add
      local.set $0
      local.get $4
      i32.const 117
      i32.eq
      if (result i32)
       local.get $0
       i32.const 4
       i32.add
       local.get $1
       i32.gt_u
       br_if $folding-inner0
       block $__inlined_func$assembly/json/hexValue$20
        local.get $0
        i32.load8_u
        local.tee $4
        i32.const 48
        i32.sub
        local.tee $6
        i32.const 10
        i32.lt_u
        br_if $__inlined_func$assembly/json/hexValue$20
        local.get $4
        i32.const 32
        i32.or
        local.tee $4
        i32.const 87
        i32.sub
        local.set $6
        local.get $4
        i32.const 97
        i32.sub
        i32.const 6
        i32.lt_u
        br_if $__inlined_func$assembly/json/hexValue$20
        i32.const -1
        local.set $6
       end
       block $__inlined_func$assembly/json/hexValue$21
        local.get $0
        i32.load8_u offset=1
        local.tee $4
        i32.const 48
        i32.sub
        local.tee $7
        i32.const 10
        i32.lt_u
        br_if $__inlined_func$assembly/json/hexValue$21
        local.get $4
        i32.const 32
        i32.or
        local.tee $4
        i32.const 87
        i32.sub
        local.set $7
        local.get $4
        i32.const 97
        i32.sub
        i32.const 6
        i32.lt_u
        br_if $__inlined_func$assembly/json/hexValue$21
        i32.const -1
        local.set $7
       end
       block $__inlined_func$assembly/json/hexValue$22
        local.get $0
        i32.load8_u offset=2
        local.tee $5
        i32.const 48
        i32.sub
        local.tee $4
        i32.const 10
        i32.lt_u
        br_if $__inlined_func$assembly/json/hexValue$22
        local.get $5
        i32.const 32
        i32.or
        local.tee $5
        i32.const 87
        i32.sub
        local.set $4
        local.get $5
        i32.const 97
        i32.sub
        i32.const 6
        i32.lt_u
        br_if $__inlined_func$assembly/json/hexValue$22
        i32.const -1
        local.set $4
       end
       block $__inlined_func$assembly/json/hexValue$23
        local.get $0
        i32.load8_u offset=3
        local.tee $9
        i32.const 48
        i32.sub
        local.tee $5
        i32.const 10
        i32.lt_u
        br_if $__inlined_func$assembly/json/hexValue$23
        local.get $9
        i32.const 32
        i32.or
        local.tee $9
        i32.const 87
        i32.sub
        local.set $5
        local.get $9
        i32.const 97
        i32.sub
        i32.const 6
        i32.lt_u
        br_if $__inlined_func$assembly/json/hexValue$23
        i32.const -1
        local.set $5
       end
       local.get $5
       local.get $6
       local.get $7
       i32.or
       local.get $4
       i32.or
       i32.or
       i32.const 0
       i32.lt_s
       br_if $folding-inner0
       local.get $0
       i32.const 4
       i32.add
       local.set $0
       local.get $6
       i32.const 12
       i32.shl
       local.get $7
       i32.const 8
       i32.shl
       i32.or
       local.get $4
       i32.const 4
       i32.shl
       i32.or
       local.get $5
       i32.or
      else
       local.get $4
       i32.const 92
       i32.eq
       local.get $4
       i32.const 34
       i32.eq
       i32.or
       local.get $4
       i32.const 47
       i32.eq
       i32.or
       if (result i32)
        local.get $4
       else
        local.get $4
        i32.const 98
        i32.eq
        if (result i32)
         i32.const 8
        else
         local.get $4
         i32.const 102
         i32.eq
         if (result i32)
          i32.const 12
         else
          local.get $4
          i32.const 110
          i32.eq
          if (result i32)
           i32.const 10
          else
           local.get $4
           i32.const 114
           i32.eq
           if (result i32)
            i32.const 13
           else
            local.get $4
            i32.const 116
            i32.ne
            br_if $folding-inner0
            i32.const 9
           end
          end
         end
        end
       end
      end
      local.set $4
     else
      local.get $4
      i32.const 32
      i32.lt_u
      br_if $folding-inner0
      local.get $4
      i32.const 128
      i32.lt_u
      if (result i32)
       local.get $0
       i32.const 1
       i32.add
      else
       i32.const 1
       global.set $assembly/json/sawNonAscii
       i32.const 128
       local.set $6
       i32.const 191
       local.set $5
       local.get $4
       i32.const 223
       i32.le_u
       local.get $4
       i32.const 194
       i32.ge_u
       i32.and
       if (result i32)
        i32.const 1
        local.set $7
        local.get $4
        i32.const 31
        i32.and
       else
        local.get $4
        i32.const 239
        i32.le_u
        local.get $4
        i32.const 224
        i32.ge_u
        i32.and
        if (result i32)
         i32.const 2
         local.set $7
         local.get $4
         i32.const 224
         i32.eq
         if
          i32.const 160
          local.set $6
         else
          i32.const 159
          i32.const 191
          local.get $4
          i32.const 237
          i32.eq
          select
          local.set $5
         end
         local.get $4
         i32.const 15
         i32.and
        else
         local.get $4
         i32.const 244
         i32.le_u
         local.get $4
         i32.const 240
         i32.ge_u
         i32.and
         i32.eqz
         br_if $folding-inner0
         i32.const 3
         local.set $7
         local.get $4
         i32.const 240
         i32.eq
         if
          i32.const 144
          local.set $6
         else
          i32.const 143
          i32.const 191
          local.get $4
          i32.const 244
          i32.eq
          select
          local.set $5
         end
         local.get $4
         i32.const 7
         i32.and
        end
       end
       local.set $4
       local.get $0
       local.get $7
       i32.add
       local.get $1
       i32.ge_u
       br_if $folding-inner0
       local.get $0
       i32.load8_u offset=1
       local.tee $9
       local.get $5
       i32.gt_u
       local.get $6
       local.get $9
       i32.gt_u
       i32.or
       br_if $folding-inner0
       local.get $9
       i32.const 63
       i32.and
       local.get $4
       i32.const 6
       i32.shl
       i32.or
       local.set $4
       i32.const 2
       local.set $5
       loop $for-loop|4
        local.get $5
        local.get $7
        i32.le_s
        if
         local.get $0
         local.get $5
         i32.add
         i32.load8_u
         local.tee $6
         i32.const 128
         i32.lt_u
         local.get $6
         i32.const 191
         i32.gt_u
         i32.or
         br_if $folding-inner0
         local.get $6
         i32.const 63
         i32.and
         local.get $4
         i32.const 6
         i32.shl
         i32.or
         local.set $4
         local.get $5
         i32.const 1
         i32.add
         local.set $5
         br $for-loop|4
        end
       end
       local.get $0
       local.get $7
       i32.const 1
       i32.add
       i32.add
      end
      local.set $0
     end
     local.get $2
     if
      local.get $4
      i32.const 65536
      i32.ge_u
      if
       local.get $2
       local.get $3
       i32.const 1
       i32.shl
       i32.add
       local.get $4
       i32.const 65536
       i32.sub
       local.tee $4
       i32.const 10
       i32.shr_u
       i32.const 55296
       i32.or
       i32.store16
       local.get $3
       i32.const 1
       i32.add
       local.set $3
       local.get $4
       i32.const 1023
       i32.and
       i32.const 56320
       i32.or
       local.set $4
      end
      local.get $2
      local.get $3
      i32.const 1
      i32.shl
      i32.add
      local.get $4
      i32.store16
      local.get $3
      i32.const 1
      i32.add
      local.set $3
     end
     br $while-continue|0
    end
   end
   i32.const 0
   return
  end
  i32.const 0
 )
 (func $assembly/base64url/encode (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  local.get $2
  local.set $3
  local.get $0
  local.get $1
  local.get $1
  i32.const 3
  i32.rem_s
  i32.sub
  i32.add
  local.set $5
  loop $while-continue|0
   local.get $0
   local.get $5
   i32.lt_u
   if
    local.get $3
    local.get $0
    i32.load8_u offset=2
    local.get $0
    i32.load8_u
    i32.const 16
    i32.shl
    local.get $0
    i32.load8_u offset=1
    i32.const 8
    i32.shl
    i32.or
    i32.or
    local.tee $4
    i32.const 18
    i32.shr_u
    i32.const 2736
    i32.add
    i32.load8_u
    i32.store8
    local.get $3
    local.get $4
    i32.const 12
    i32.shr_u
    i32.const 63
    i32.and
    i32.const 2736
    i32.add
    i32.load8_u
    i32.store8 offset=1
    local.get $3
    local.get $4
    i32.const 6
    i32.shr_u
    i32.const 63
    i32.and
    i32.const 2736
    i32.add
    i32.load8_u
    i32.store8 offset=2
    local.get $3
    local.get $4
    i32.const 63
    i32.and
    i32.const 2736
    i32.add
    i32.load8_u
    i32.store8 offset=3
    local.get $0
    i32.const 3
    i32.add
    local.set $0
    local.get $3
    i32.const 4
    i32.add
    local.set $3
    br $while-continue|0
   end
  end
  local.get $1
  i32.const 3
  i32.rem_s
  local.tee $1
  i32.const 1
  i32.eq
  if (result i32)
   local.get $3
   local.get $0
   i32.load8_u
   local.tee $0
   i32.const 2
   i32.shr_u
   i32.const 2736
   i32.add
   i32.load8_u
   i32.store8
   local.get $3
   local.get $0
   i32.const 4
   i32.shl
   i32.const 63
   i32.and
   i32.const 2736
   i32.add
   i32.load8_u
   i32.store8 offset=1
   local.get $3
   i32.const 2
   i32.add
  else
   local.get $1
   i32.const 2
   i32.eq
   if (result i32)
    local.get $3
    local.get $0
    i32.load8_u offset=1
    local.get $0
    i32.load8_u
    i32.const 8
    i32.shl
    i32.or
    local.tee $0
    i32.const 10
    i32.shr_u
    i32.const 2736
    i32.add
    i32.load8_u
    i32.store8
    local.get $3
    local.get $0
    i32.const 4
    i32.shr_u
    i32.const 63
    i32.and
    i32.const 2736
    i32.add
    i32.load8_u
    i32.store8 offset=1
    local.get $3
    local.get $0
    i32.const 2
    i32.shl
    i32.const 63
    i32.and
    i32.const 2736
    i32.add
    i32.load8_u
    i32.store8 offset=2
    local.get $3
    i32.const 3
    i32.add
   else
    local.get $3
   end
  end
  local.get $2
  i32.sub
 )
 (func $assembly/token/signatureAndClaims (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 f64) (param $6 f64) (param $7 i32) (result i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  local.get $2
  local.get $0
  if (result i32)
   i32.const 48
   i32.const 64
   local.get $0
   i32.const 1
   i32.eq
   select
  else
   i32.const 32
  end
  local.tee $10
  i32.ne
  if
   i32.const 4
   return
  end
  local.get $7
  if (result i32)
   i32.const 0
   local.set $2
   i32.const 5076
   i32.load
   local.tee $8
   local.get $1
   i32.le_u
   i32.const 0
   local.get $8
   select
   if (result i32)
    global.get $assembly/layout/IN
    local.set $9
    block $__inlined_func$assembly/token/sameBytes$46 (result i32)
     loop $for-loop|0
      local.get $2
      i32.const 8
      i32.add
      local.tee $7
      local.get $8
      i32.le_u
      if
       i32.const 0
       local.get $2
       local.get $9
       i32.add
       i64.load
       local.get $2
       i32.const 5152
       i32.add
       i64.load
       i64.ne
       br_if $__inlined_func$assembly/token/sameBytes$46
       drop
       local.get $7
       local.set $2
       br $for-loop|0
      end
     end
     loop $for-loop|1
      local.get $2
      local.get $8
      i32.lt_u
      if
       i32.const 0
       local.get $2
       local.get $9
       i32.add
       i32.load8_u
       local.get $2
       i32.const 5152
       i32.add
       i32.load8_u
       i32.ne
       br_if $__inlined_func$assembly/token/sameBytes$46
       drop
       local.get $2
       i32.const 1
       i32.add
       local.set $2
       br $for-loop|1
      end
     end
     i32.const 1
    end
   else
    i32.const 0
   end
  else
   i32.const 0
  end
  if
   local.get $0
   global.get $assembly/layout/IN
   local.get $1
   global.get $assembly/layout/MAC
   call $assembly/hmac/hmacComputeFrom
  else
   local.get $0
   global.get $assembly/layout/IN
   local.get $1
   global.get $assembly/layout/MAC
   call $assembly/hmac/hmacCompute
  end
  i32.const 0
  local.set $1
  i32.const 0
  local.set $0
  loop $for-loop|00
   local.get $0
   local.get $10
   i32.lt_s
   if
    local.get $1
    global.get $assembly/layout/OUT
    local.get $0
    i32.add
    i32.load8_u
    global.get $assembly/layout/MAC
    local.get $0
    i32.add
    i32.load8_u
    i32.xor
    i32.or
    local.set $1
    local.get $0
    i32.const 1
    i32.add
    local.set $0
    br $for-loop|00
   end
  end
  local.get $1
  if
   i32.const 4
   return
  end
  local.get $3
  local.get $3
  local.get $4
  i32.add
  i32.const 3568
  i32.const 1
  call $assembly/json/scanObject
  i32.eqz
  if
   i32.const 1
   return
  end
  global.get $assembly/layout/RES
  local.get $3
  i32.store
  global.get $assembly/layout/RES
  local.get $4
  i32.store offset=4
  global.get $assembly/layout/RES
  global.get $assembly/json/sawNonAscii
  i32.eqz
  i32.store offset=12
  global.get $assembly/layout/RES
  i32.const 2992
  i32.load
  i32.const 0
  i32.ne
  i32.store offset=8
  block $__inlined_func$assembly/claims/readClaims$51 (result i32)
   i32.const 7
   i32.const 2960
   i32.load
   local.tee $0
   i32.const 1
   i32.ne
   i32.const 0
   local.get $0
   select
   br_if $__inlined_func$assembly/claims/readClaims$51
   drop
   i32.const 0
   local.set $3
   i32.const 0
   local.set $0
   loop $for-loop|001
    local.get $0
    i32.const 3
    i32.lt_s
    if
     local.get $0
     i32.const 5
     i32.shl
     i32.const 2864
     i32.add
     local.tee $1
     i32.load
     local.set $2
     global.get $assembly/layout/RES
     i32.const 16
     i32.add
     local.get $0
     i32.const 4
     i32.shl
     i32.add
     local.tee $4
     local.get $1
     i32.load offset=4
     i32.store offset=4
     local.get $4
     local.get $1
     i32.load offset=8
     i32.store offset=8
     local.get $2
     if
      local.get $2
      i32.const 3
      i32.eq
      if
       local.get $4
       i32.const 1
       i32.store
       global.get $assembly/layout/RES
       i32.const -64
       i32.sub
       local.get $0
       i32.const 3
       i32.shl
       i32.add
       local.get $1
       f64.load offset=16
       f64.store
      else
       i32.const 7
       local.get $2
       i32.const 2
       i32.ne
       br_if $__inlined_func$assembly/claims/readClaims$51
       drop
       local.get $4
       i32.const 2
       i32.store
       i32.const 1
       local.set $3
      end
     else
      local.get $4
      i32.const 0
      i32.store
     end
     local.get $0
     i32.const 1
     i32.add
     local.set $0
     br $for-loop|001
    end
   end
   local.get $3
   if (result i32)
    i32.const 8
   else
    local.get $5
    local.get $6
    call $assembly/claims/checkTimes
   end
  end
 )
 (func $assembly/json/scanObject (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (result i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f64)
  (local $14 i64)
  (local $15 i32)
  i32.const 2864
  i32.const 0
  i32.const 256
  memory.fill
  global.get $assembly/json/generation
  i32.const 1
  i32.add
  global.set $assembly/json/generation
  global.get $assembly/json/generation
  i32.eqz
  if
   global.get $assembly/json/TABLE
   i32.const 0
   i32.const 262144
   memory.fill
   i32.const 1
   global.set $assembly/json/generation
  end
  i32.const 0
  global.set $assembly/json/objects
  i32.const 0
  global.set $assembly/json/entryCount
  global.get $assembly/json/TEXT
  global.set $assembly/json/textTop
  i32.const 0
  global.set $assembly/json/sawNonAscii
  i32.const -1
  global.set $assembly/json/members
  local.get $3
  if
   i32.const 0
   global.set $assembly/json/members
   global.get $assembly/names/textTop
   i32.const 3328
   i32.le_u
   global.get $assembly/names/count
   i32.const 116
   i32.le_u
   i32.and
   i32.eqz
   if
    global.get $assembly/names/SLOTS
    i32.const 0
    i32.const 1024
    memory.fill
    i32.const 0
    global.set $assembly/names/count
    i32.const 0
    global.set $assembly/names/textTop
    global.get $assembly/names/epochCount
    i32.const 1
    i32.add
    global.set $assembly/names/epochCount
   end
  end
  local.get $0
  local.set $6
  loop $while-continue|0
   local.get $0
   local.get $1
   i32.lt_u
   if (result i32)
    local.get $0
    i32.load8_u
    local.tee $3
    i32.const 10
    i32.eq
    local.get $3
    i32.const 32
    i32.eq
    i32.or
    local.get $3
    i32.const 13
    i32.eq
    i32.or
    local.get $3
    i32.const 9
    i32.eq
    i32.or
   else
    i32.const 0
   end
   if
    local.get $0
    i32.const 1
    i32.add
    local.set $0
    br $while-continue|0
   end
  end
  block $folding-inner1
   block $folding-inner0
    local.get $0
    local.get $1
    i32.ge_u
    if (result i32)
     i32.const 1
    else
     local.get $0
     i32.load8_u
     i32.const 123
     i32.ne
    end
    br_if $folding-inner0
    i32.const 0
    local.set $3
    i32.const -1
    local.set $11
    loop $while-continue|01
     loop $while-continue|03
      local.get $0
      local.get $1
      i32.lt_u
      if (result i32)
       local.get $0
       i32.load8_u
       local.tee $4
       i32.const 10
       i32.eq
       local.get $4
       i32.const 32
       i32.eq
       i32.or
       local.get $4
       i32.const 13
       i32.eq
       i32.or
       local.get $4
       i32.const 9
       i32.eq
       i32.or
      else
       i32.const 0
      end
      if
       local.get $0
       i32.const 1
       i32.add
       local.set $0
       br $while-continue|03
      end
     end
     local.get $0
     local.get $1
     i32.ge_u
     br_if $folding-inner0
     local.get $0
     i32.load8_u
     local.set $5
     local.get $3
     if
      local.get $3
      i32.const 1
      i32.eq
      if
       local.get $5
       i32.const 34
       i32.ne
       br_if $folding-inner0
       local.get $0
       i32.const 1
       i32.add
       local.tee $3
       local.get $1
       global.get $assembly/json/textTop
       call $assembly/json/scanString
       local.tee $0
       i32.eqz
       br_if $folding-inner0
       global.get $assembly/json/STACK
       local.get $9
       i32.const 1
       i32.sub
       i32.const 2
       i32.shl
       i32.add
       i32.load
       global.get $assembly/json/textTop
       global.get $assembly/json/decodedUnits
       local.tee $4
       call $assembly/json/addName
       i32.eqz
       br_if $folding-inner0
       i32.const -1
       local.set $11
       local.get $9
       i32.const 1
       i32.eq
       if
        global.get $assembly/json/textTop
        local.get $4
        local.get $2
        call $assembly/json/watchedIndex
        local.set $11
        local.get $3
        local.get $0
        i32.const 1
        i32.sub
        local.get $4
        local.get $6
        call $assembly/json/memberName
       end
       global.get $assembly/json/textTop
       local.get $4
       i32.const 1
       i32.shl
       i32.add
       global.set $assembly/json/textTop
       loop $while-continue|013
        local.get $0
        local.get $1
        i32.lt_u
        if (result i32)
         local.get $0
         i32.load8_u
         local.tee $3
         i32.const 10
         i32.eq
         local.get $3
         i32.const 32
         i32.eq
         i32.or
         local.get $3
         i32.const 13
         i32.eq
         i32.or
         local.get $3
         i32.const 9
         i32.eq
         i32.or
        else
         i32.const 0
        end
        if
         local.get $0
         i32.const 1
         i32.add
         local.set $0
         br $while-continue|013
        end
       end
       local.get $0
       local.get $1
       i32.ge_u
       if (result i32)
        i32.const 1
       else
        local.get $0
        i32.load8_u
        i32.const 58
        i32.ne
       end
       br_if $folding-inner0
       local.get $0
       i32.const 1
       i32.add
       local.set $0
       i32.const 0
       local.set $3
      else
       local.get $9
       i32.eqz
       br_if $folding-inner0
       global.get $assembly/json/STACK
       local.get $9
       i32.const 1
       i32.sub
       i32.const 2
       i32.shl
       i32.add
       i32.load
       i32.const 0
       i32.ge_s
       local.set $4
       local.get $5
       i32.const 44
       i32.eq
       if
        local.get $0
        i32.const 1
        i32.add
        local.set $0
        local.get $4
        local.set $3
       else
        local.get $5
        i32.const 125
        i32.const 93
        local.get $4
        select
        i32.eq
        if
         local.get $0
         i32.const 1
         i32.add
         local.set $0
         local.get $9
         i32.const 1
         i32.sub
         local.tee $9
         i32.eqz
         br_if $folding-inner1
         local.get $9
         i32.const 1
         i32.eq
         global.get $assembly/json/members
         i32.const 0
         i32.gt_s
         i32.and
         if
          global.get $assembly/json/MEMBERS
          global.get $assembly/json/members
          i32.const 5
          i32.shl
          i32.add
          i32.const 16
          i32.sub
          local.get $0
          local.get $6
          i32.sub
          i32.store offset=20
         end
        else
         br $folding-inner0
        end
       end
      end
     else
      local.get $5
      i32.const 91
      i32.eq
      local.get $5
      i32.const 123
      i32.eq
      i32.or
      if
       local.get $9
       i32.const 1
       i32.eq
       if
        local.get $11
        i32.const 0
        i32.ge_s
        if
         local.get $11
         i32.const 5
         i32.shl
         i32.const 2864
         i32.add
         local.tee $3
         i32.const 4
         i32.store
         local.get $3
         local.get $0
         i32.store offset=4
         local.get $3
         local.get $0
         i32.store offset=8
         local.get $3
         f64.const 0
         f64.store offset=16
        end
        global.get $assembly/json/members
        i32.const 0
        i32.ge_s
        if
         global.get $assembly/json/MEMBERS
         global.get $assembly/json/members
         i32.const 5
         i32.shl
         i32.add
         i32.const 16
         i32.sub
         local.tee $3
         i32.const 7
         i32.store
         local.get $3
         local.get $0
         local.get $6
         i32.sub
         local.tee $4
         i32.store offset=16
         local.get $3
         local.get $4
         i32.store offset=20
         local.get $3
         f64.const 0
         f64.store offset=24
        end
       end
       local.get $5
       i32.const 123
       i32.eq
       if
        global.get $assembly/json/objects
        local.tee $3
        i32.const 1
        i32.add
        global.set $assembly/json/objects
       else
        i32.const -1
        local.set $3
       end
       global.get $assembly/json/STACK
       local.get $9
       i32.const 2
       i32.shl
       i32.add
       local.get $3
       i32.store
       local.get $9
       i32.const 1
       i32.add
       local.set $9
       local.get $0
       i32.const 1
       i32.add
       local.set $0
       loop $while-continue|06
        local.get $0
        local.get $1
        i32.lt_u
        if (result i32)
         local.get $0
         i32.load8_u
         local.tee $3
         i32.const 10
         i32.eq
         local.get $3
         i32.const 32
         i32.eq
         i32.or
         local.get $3
         i32.const 13
         i32.eq
         i32.or
         local.get $3
         i32.const 9
         i32.eq
         i32.or
        else
         i32.const 0
        end
        if
         local.get $0
         i32.const 1
         i32.add
         local.set $0
         br $while-continue|06
        end
       end
       local.get $0
       local.get $1
       i32.ge_u
       br_if $folding-inner0
       local.get $0
       i32.load8_u
       local.get $5
       i32.const 2
       i32.add
       i32.eq
       if (result i32)
        local.get $0
        i32.const 1
        i32.add
        local.set $0
        local.get $9
        i32.const 1
        i32.sub
        local.tee $9
        i32.eqz
        br_if $folding-inner1
        local.get $9
        i32.const 1
        i32.eq
        global.get $assembly/json/members
        i32.const 0
        i32.gt_s
        i32.and
        if
         global.get $assembly/json/MEMBERS
         global.get $assembly/json/members
         i32.const 5
         i32.shl
         i32.add
         i32.const 16
         i32.sub
         local.get $0
         local.get $6
         i32.sub
         i32.store offset=20
        end
        i32.const 2
       else
        local.get $5
        i32.const 123
        i32.eq
       end
       local.set $3
       br $while-continue|01
      end
      local.get $0
      local.set $4
      i32.const 4
      local.set $12
      local.get $5
      i32.const 34
      i32.eq
      if
       local.get $0
       i32.const 1
       i32.add
       local.get $1
       i32.const 0
       call $assembly/json/scanString
       local.set $0
       i32.const 1
       local.set $12
       i32.const 7
       i32.const 5
       global.get $assembly/json/escaped
       select
       local.set $10
      else
       local.get $5
       i32.const 45
       i32.eq
       local.get $5
       i32.const 48
       i32.sub
       i32.const 10
       i32.lt_u
       i32.or
       if (result i32)
        i32.const 0
        local.set $3
        block $__inlined_func$assembly/json/scanNumber$36
         local.get $1
         local.get $4
         i32.const 1
         i32.add
         local.get $4
         local.get $4
         i32.load8_u
         i32.const 45
         i32.eq
         select
         local.tee $0
         i32.le_u
         br_if $__inlined_func$assembly/json/scanNumber$36
         local.get $0
         i32.load8_u
         local.tee $5
         i32.const 48
         i32.eq
         if
          local.get $0
          i32.const 1
          i32.add
          local.set $0
         else
          local.get $5
          i32.const 49
          i32.sub
          i32.const 9
          i32.lt_u
          if
           loop $do-loop|0
            local.get $1
            local.get $0
            i32.const 1
            i32.add
            local.tee $0
            i32.gt_u
            if (result i32)
             local.get $0
             i32.load8_u
             i32.const 48
             i32.sub
             i32.const 10
             i32.lt_u
            else
             i32.const 0
            end
            br_if $do-loop|0
           end
          else
           br $__inlined_func$assembly/json/scanNumber$36
          end
         end
         local.get $0
         local.get $4
         i32.sub
         local.get $4
         i32.load8_u
         i32.const 45
         i32.eq
         i32.sub
         i32.const 15
         i32.le_u
         local.set $3
         local.get $0
         local.get $1
         i32.lt_u
         if (result i32)
          local.get $0
          i32.load8_u
          i32.const 46
          i32.eq
         else
          i32.const 0
         end
         if
          i32.const 0
          local.set $3
          local.get $1
          local.get $0
          i32.const 1
          i32.add
          local.tee $0
          i32.le_u
          if (result i32)
           i32.const 1
          else
           local.get $0
           i32.load8_u
           i32.const 48
           i32.sub
           i32.const 10
           i32.ge_u
          end
          br_if $__inlined_func$assembly/json/scanNumber$36
          loop $do-loop|1
           local.get $1
           local.get $0
           i32.const 1
           i32.add
           local.tee $0
           i32.gt_u
           if (result i32)
            local.get $0
            i32.load8_u
            i32.const 48
            i32.sub
            i32.const 10
            i32.lt_u
           else
            i32.const 0
           end
           br_if $do-loop|1
          end
         end
         local.get $0
         local.get $1
         i32.lt_u
         if (result i32)
          local.get $0
          i32.load8_u
          i32.const 32
          i32.or
          i32.const 101
          i32.eq
         else
          i32.const 0
         end
         if
          i32.const 0
          local.set $3
          local.get $1
          local.get $0
          i32.const 1
          i32.add
          local.tee $0
          i32.gt_u
          if (result i32)
           local.get $0
           i32.load8_u
           i32.const 43
           i32.eq
           if (result i32)
            i32.const 1
           else
            local.get $0
            i32.load8_u
            i32.const 45
            i32.eq
           end
          else
           i32.const 0
          end
          if
           local.get $0
           i32.const 1
           i32.add
           local.set $0
          end
          local.get $0
          local.get $1
          i32.ge_u
          if (result i32)
           i32.const 1
          else
           local.get $0
           i32.load8_u
           i32.const 48
           i32.sub
           i32.const 10
           i32.ge_u
          end
          br_if $__inlined_func$assembly/json/scanNumber$36
          loop $do-loop|2
           local.get $1
           local.get $0
           i32.const 1
           i32.add
           local.tee $0
           i32.gt_u
           if (result i32)
            local.get $0
            i32.load8_u
            i32.const 48
            i32.sub
            i32.const 10
            i32.lt_u
           else
            i32.const 0
           end
           br_if $do-loop|2
          end
         end
         local.get $3
         global.set $assembly/json/numberIsInteger
         local.get $0
         local.set $3
        end
        i32.const 3
        i32.const 2
        global.get $assembly/json/numberIsInteger
        select
        local.set $12
        i32.const 1
        i32.const 6
        global.get $assembly/json/numberIsInteger
        select
        local.set $10
        local.get $3
       else
        local.get $5
        i32.const 116
        i32.eq
        if (result i32)
         i32.const 2
         local.set $10
         block $__inlined_func$assembly/json/scanWord$74 (result i32)
          i32.const 0
          i32.const 5564
          i32.load
          i32.const 1
          i32.shr_u
          local.tee $0
          local.get $4
          i32.add
          local.get $1
          i32.gt_u
          br_if $__inlined_func$assembly/json/scanWord$74
          drop
          i32.const 0
          local.set $3
          loop $for-loop|0
           local.get $0
           local.get $3
           i32.gt_u
           if
            i32.const 0
            local.get $3
            local.get $4
            i32.add
            i32.load8_u
            local.get $3
            i32.const 1
            i32.shl
            i32.const 5568
            i32.add
            i32.load16_u
            i32.ne
            br_if $__inlined_func$assembly/json/scanWord$74
            drop
            local.get $3
            i32.const 1
            i32.add
            local.set $3
            br $for-loop|0
           end
          end
          local.get $0
          local.get $4
          i32.add
         end
        else
         local.get $5
         i32.const 102
         i32.eq
         if (result i32)
          i32.const 3
          local.set $10
          block $__inlined_func$assembly/json/scanWord$75 (result i32)
           i32.const 0
           i32.const 5596
           i32.load
           i32.const 1
           i32.shr_u
           local.tee $0
           local.get $4
           i32.add
           local.get $1
           i32.gt_u
           br_if $__inlined_func$assembly/json/scanWord$75
           drop
           i32.const 0
           local.set $3
           loop $for-loop|02
            local.get $0
            local.get $3
            i32.gt_u
            if
             i32.const 0
             local.get $3
             local.get $4
             i32.add
             i32.load8_u
             local.get $3
             i32.const 1
             i32.shl
             i32.const 5600
             i32.add
             i32.load16_u
             i32.ne
             br_if $__inlined_func$assembly/json/scanWord$75
             drop
             local.get $3
             i32.const 1
             i32.add
             local.set $3
             br $for-loop|02
            end
           end
           local.get $0
           local.get $4
           i32.add
          end
         else
          local.get $5
          i32.const 110
          i32.ne
          br_if $folding-inner0
          i32.const 4
          local.set $10
          block $__inlined_func$assembly/json/scanWord$76 (result i32)
           i32.const 0
           i32.const 5628
           i32.load
           i32.const 1
           i32.shr_u
           local.tee $0
           local.get $4
           i32.add
           local.get $1
           i32.gt_u
           br_if $__inlined_func$assembly/json/scanWord$76
           drop
           i32.const 0
           local.set $3
           loop $for-loop|05
            local.get $0
            local.get $3
            i32.gt_u
            if
             i32.const 0
             local.get $3
             local.get $4
             i32.add
             i32.load8_u
             local.get $3
             i32.const 1
             i32.shl
             i32.const 5632
             i32.add
             i32.load16_u
             i32.ne
             br_if $__inlined_func$assembly/json/scanWord$76
             drop
             local.get $3
             i32.const 1
             i32.add
             local.set $3
             br $for-loop|05
            end
           end
           local.get $0
           local.get $4
           i32.add
          end
         end
        end
       end
       local.set $0
      end
      local.get $0
      i32.eqz
      br_if $folding-inner0
      local.get $9
      i32.const 1
      i32.eq
      if
       local.get $4
       local.set $7
       local.get $0
       local.set $8
       f64.const 0
       local.set $13
       local.get $12
       i32.const 1
       i32.eq
       if
        local.get $4
        i32.const 1
        i32.add
        local.set $7
        local.get $0
        i32.const 1
        i32.sub
        local.set $8
       else
        local.get $12
        i32.const 3
        i32.eq
        if (result f64)
         local.get $4
         i32.const 1
         i32.add
         local.get $4
         local.get $4
         i32.load8_u
         i32.const 45
         i32.eq
         local.tee $15
         select
         local.set $3
         i64.const 0
         local.set $14
         loop $while-continue|09
          local.get $0
          local.get $3
          i32.gt_u
          if
           local.get $3
           local.tee $5
           i32.const 1
           i32.add
           local.set $3
           local.get $5
           i64.load8_u
           i64.const 48
           i64.sub
           local.get $14
           i64.const 10
           i64.mul
           i64.add
           local.set $14
           br $while-continue|09
          end
         end
         local.get $14
         f64.convert_i64_s
         local.tee $13
         f64.neg
         local.get $13
         local.get $15
         select
        else
         f64.const 0
        end
        local.set $13
       end
       local.get $11
       i32.const 0
       i32.ge_s
       if
        local.get $11
        i32.const 5
        i32.shl
        i32.const 2864
        i32.add
        local.tee $3
        local.get $12
        i32.store
        local.get $3
        local.get $7
        i32.store offset=4
        local.get $3
        local.get $8
        i32.store offset=8
        local.get $3
        local.get $13
        f64.store offset=16
       end
       local.get $10
       i32.const 7
       i32.eq
       if
        global.get $assembly/json/members
        i32.const 0
        i32.ge_s
        if
         global.get $assembly/json/MEMBERS
         global.get $assembly/json/members
         i32.const 5
         i32.shl
         i32.add
         i32.const 16
         i32.sub
         local.tee $3
         local.get $10
         i32.store
         local.get $3
         local.get $4
         local.get $6
         i32.sub
         i32.store offset=16
         local.get $3
         local.get $0
         local.get $6
         i32.sub
         i32.store offset=20
         local.get $3
         f64.const 0
         f64.store offset=24
        end
       else
        global.get $assembly/json/members
        i32.const 0
        i32.ge_s
        if
         global.get $assembly/json/MEMBERS
         global.get $assembly/json/members
         i32.const 5
         i32.shl
         i32.add
         i32.const 16
         i32.sub
         local.tee $3
         local.get $10
         i32.store
         local.get $3
         local.get $7
         local.get $6
         i32.sub
         i32.store offset=16
         local.get $3
         local.get $8
         local.get $6
         i32.sub
         i32.store offset=20
         local.get $3
         local.get $13
         f64.store offset=24
        end
       end
      end
      i32.const 2
      local.set $3
     end
     br $while-continue|01
    end
    unreachable
   end
   i32.const 0
   return
  end
  global.get $assembly/json/MEMBERS
  global.get $assembly/json/members
  i32.store
  global.get $assembly/json/MEMBERS
  global.get $assembly/names/epochCount
  i32.store offset=4
  loop $while-continue|07
   local.get $0
   local.get $1
   i32.lt_u
   if (result i32)
    local.get $0
    i32.load8_u
    local.tee $2
    i32.const 10
    i32.eq
    local.get $2
    i32.const 32
    i32.eq
    i32.or
    local.get $2
    i32.const 13
    i32.eq
    i32.or
    local.get $2
    i32.const 9
    i32.eq
    i32.or
   else
    i32.const 0
   end
   if
    local.get $0
    i32.const 1
    i32.add
    local.set $0
    br $while-continue|07
   end
  end
  local.get $0
  local.get $1
  i32.eq
 )
 (func $assembly/header/headerString (param $0 i32) (result i32)
  (local $1 i32)
  local.get $0
  i32.const 5
  i32.shl
  i32.const 2864
  i32.add
  i32.load
  i32.const 1
  i32.ne
  if
   i32.const -1
   return
  end
  local.get $0
  i32.const 5
  i32.shl
  i32.const 2864
  i32.add
  local.tee $0
  i32.load offset=8
  local.tee $1
  local.get $0
  i32.load offset=4
  local.tee $0
  i32.sub
  i32.const 32
  i32.gt_u
  if
   i32.const -1
   return
  end
  local.get $0
  local.get $1
  i32.const 1
  i32.add
  i32.const 3856
  call $assembly/json/scanString
  drop
  global.get $assembly/json/decodedUnits
 )
 (func $assembly/token/splitToken (param $0 i32) (result i64)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  i32.const -1
  local.set $3
  loop $for-loop|0
   local.get $0
   local.get $1
   i32.gt_s
   if
    block $for-break0
     global.get $assembly/layout/IN
     local.get $1
     i32.add
     v128.load
     v128.const i32x4 0x2e2e2e2e 0x2e2e2e2e 0x2e2e2e2e 0x2e2e2e2e
     i8x16.eq
     i8x16.bitmask
     i32.const 65535
     i32.and
     local.tee $2
     if
      local.get $1
      local.get $2
      i32.ctz
      i32.add
      local.set $3
      br $for-break0
     end
     local.get $1
     i32.const 16
     i32.add
     local.set $1
     br $for-loop|0
    end
   end
  end
  local.get $3
  i32.const 0
  i32.le_s
  if
   i64.const -1
   return
  end
  i32.const -1
  local.set $2
  local.get $0
  local.set $1
  local.get $3
  i32.const 1
  i32.add
  local.set $4
  loop $for-loop|1
   local.get $1
   local.get $4
   i32.gt_s
   if
    block $for-break1
     local.get $1
     i32.const 16
     i32.sub
     local.tee $5
     local.get $4
     local.get $4
     local.get $5
     i32.lt_s
     select
     local.tee $5
     global.get $assembly/layout/IN
     i32.add
     v128.load
     v128.const i32x4 0x2e2e2e2e 0x2e2e2e2e 0x2e2e2e2e 0x2e2e2e2e
     i8x16.eq
     i8x16.bitmask
     i32.const 1
     local.get $1
     local.get $5
     i32.sub
     i32.shl
     i32.const 1
     i32.sub
     i32.and
     local.tee $6
     if
      local.get $5
      i32.const 31
      i32.add
      local.get $6
      i32.clz
      i32.sub
      local.set $2
      br $for-break1
     end
     local.get $1
     i32.const 16
     i32.sub
     local.set $1
     br $for-loop|1
    end
   end
  end
  local.get $2
  local.get $0
  i32.const 1
  i32.sub
  i32.eq
  local.get $2
  local.get $3
  i32.const 1
  i32.add
  i32.le_s
  i32.or
  if
   i64.const -1
   return
  end
  local.get $3
  i64.extend_i32_s
  local.get $2
  i64.extend_i32_s
  i64.const 32
  i64.shl
  i64.or
 )
 (func $assembly/token/signWith (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (result i32)
  (local $5 i32)
  (local $6 i32)
  local.get $0
  if (result i32)
   i32.const 48
   i32.const 64
   local.get $0
   i32.const 1
   i32.eq
   select
  else
   i32.const 32
  end
  local.tee $5
  i32.const 3
  i32.rem_s
  i32.const 2
  i32.shl
  i32.const 2
  i32.add
  i32.const 3
  i32.div_s
  local.get $5
  i32.const 3
  i32.div_s
  i32.const 2
  i32.shl
  i32.add
  local.get $2
  local.get $3
  i32.const 3
  i32.rem_s
  i32.const 2
  i32.shl
  i32.const 2
  i32.add
  i32.const 3
  i32.div_s
  local.get $3
  i32.const 3
  i32.div_s
  i32.const 2
  i32.shl
  i32.add
  i32.add
  i32.const 2
  i32.add
  i32.add
  i32.const 65536
  i32.gt_s
  if
   i32.const -1
   return
  end
  global.get $assembly/layout/OUT
  local.get $1
  local.get $2
  memory.copy
  global.get $assembly/layout/OUT
  local.get $2
  i32.add
  i32.const 46
  i32.store8
  global.get $assembly/layout/IN
  local.get $3
  local.get $2
  i32.const 1
  i32.add
  local.tee $1
  global.get $assembly/layout/OUT
  i32.add
  call $assembly/base64url/encode
  local.get $1
  i32.add
  local.set $3
  local.get $4
  if (result i32)
   i32.const 0
   local.set $1
   i32.const 5076
   i32.load
   local.tee $4
   local.get $3
   i32.le_u
   i32.const 0
   local.get $4
   select
   if (result i32)
    global.get $assembly/layout/OUT
    local.set $6
    block $__inlined_func$assembly/token/sameBytes$46 (result i32)
     loop $for-loop|0
      local.get $1
      i32.const 8
      i32.add
      local.tee $2
      local.get $4
      i32.le_u
      if
       i32.const 0
       local.get $1
       local.get $6
       i32.add
       i64.load
       local.get $1
       i32.const 5152
       i32.add
       i64.load
       i64.ne
       br_if $__inlined_func$assembly/token/sameBytes$46
       drop
       local.get $2
       local.set $1
       br $for-loop|0
      end
     end
     loop $for-loop|1
      local.get $1
      local.get $4
      i32.lt_u
      if
       i32.const 0
       local.get $1
       local.get $6
       i32.add
       i32.load8_u
       local.get $1
       i32.const 5152
       i32.add
       i32.load8_u
       i32.ne
       br_if $__inlined_func$assembly/token/sameBytes$46
       drop
       local.get $1
       i32.const 1
       i32.add
       local.set $1
       br $for-loop|1
      end
     end
     i32.const 1
    end
   else
    i32.const 0
   end
  else
   i32.const 0
  end
  if
   local.get $0
   global.get $assembly/layout/OUT
   local.get $3
   global.get $assembly/layout/MAC
   call $assembly/hmac/hmacComputeFrom
  else
   local.get $0
   global.get $assembly/layout/OUT
   local.get $3
   global.get $assembly/layout/MAC
   call $assembly/hmac/hmacCompute
  end
  global.get $assembly/layout/OUT
  local.get $3
  i32.add
  i32.const 46
  i32.store8
  global.get $assembly/layout/MAC
  local.get $5
  local.get $3
  i32.const 1
  i32.add
  local.tee $0
  global.get $assembly/layout/OUT
  i32.add
  call $assembly/base64url/encode
  local.get $0
  i32.add
 )
 (func $assembly/token/headerAlgIs (param $0 i32) (result i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  block $__inlined_func$assembly/header/valueEquals$45
   i32.const 0
   call $assembly/header/headerString
   local.tee $1
   local.get $0
   i32.const 2
   i32.shl
   i32.const 4112
   i32.add
   i32.load
   local.tee $2
   i32.const 20
   i32.sub
   i32.load offset=16
   i32.const 1
   i32.shr_u
   i32.ne
   br_if $__inlined_func$assembly/header/valueEquals$45
   i32.const 0
   local.set $0
   loop $for-loop|0
    local.get $0
    local.get $1
    i32.lt_s
    if
     local.get $0
     local.get $2
     i32.const 20
     i32.sub
     i32.load offset=16
     i32.const 1
     i32.shr_u
     i32.ge_u
     if (result i32)
      i32.const -1
     else
      local.get $2
      local.get $0
      i32.const 1
      i32.shl
      i32.add
      i32.load16_u
     end
     local.get $0
     i32.const 1
     i32.shl
     i32.const 3856
     i32.add
     i32.load16_u
     i32.ne
     br_if $__inlined_func$assembly/header/valueEquals$45
     local.get $0
     i32.const 1
     i32.add
     local.set $0
     br $for-loop|0
    end
   end
   i32.const 1
   local.set $3
  end
  local.get $3
 )
 (func $assembly/token/encodeHeaders
  (local $0 i32)
  loop $for-loop|0
   local.get $0
   i32.const 3
   i32.lt_u
   if
    i32.const 4134
    local.get $0
    i32.const 3
    i32.mul
    i32.const 4280
    i32.add
    i32.const 3
    memory.copy
    i32.const 4124
    i32.const 27
    local.get $0
    i32.const 40
    i32.mul
    i32.const 4160
    i32.add
    call $assembly/base64url/encode
    drop
    local.get $0
    i32.const 1
    i32.add
    local.set $0
    br $for-loop|0
   end
  end
  i32.const 1
  global.set $assembly/token/headersEncoded
 )
 (func $assembly/hmac/hmacComputeFrom (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  i32.const 2480
  i32.const 5088
  i32.const 64
  memory.copy
  local.get $0
  i32.const 128
  i32.const 64
  local.get $0
  select
  local.tee $4
  local.get $1
  i32.add
  local.get $2
  local.get $4
  i32.sub
  local.get $4
  i32.const 1
  i32.shl
  i32.const 2672
  local.get $0
  if (result i32)
   i32.const 48
   i32.const 64
   local.get $0
   i32.const 1
   i32.eq
   select
  else
   i32.const 32
  end
  local.tee $1
  call $assembly/md/finish
  i32.const 2480
  i32.const 2416
  i32.const 64
  memory.copy
  local.get $0
  i32.const 2672
  local.get $1
  local.get $4
  local.get $3
  local.get $1
  call $assembly/md/finish
 )
 (func $assembly/hmac/hmacCompute (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  i32.const 2480
  i32.const 2352
  i32.const 64
  memory.copy
  local.get $0
  local.get $1
  local.get $2
  i32.const 128
  i32.const 64
  local.get $0
  select
  local.tee $1
  i32.const 2672
  local.get $0
  if (result i32)
   i32.const 48
   i32.const 64
   local.get $0
   i32.const 1
   i32.eq
   select
  else
   i32.const 32
  end
  local.tee $2
  call $assembly/md/finish
  i32.const 2480
  i32.const 2416
  i32.const 64
  memory.copy
  local.get $0
  i32.const 2672
  local.get $2
  local.get $1
  local.get $3
  local.get $2
  call $assembly/md/finish
 )
 (func $assembly/claims/checkTimes (param $0 f64) (param $1 f64) (result i32)
  (local $2 f64)
  (local $3 f64)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 f64)
  global.get $assembly/layout/RES
  i32.const -64
  i32.sub
  local.tee $4
  f64.load offset=8
  local.set $2
  local.get $4
  f64.load offset=16
  local.set $3
  global.get $assembly/layout/RES
  i32.load offset=32
  i32.const 0
  i32.ne
  local.set $5
  global.get $assembly/layout/RES
  i32.load offset=48
  i32.const 0
  i32.ne
  local.set $6
  global.get $assembly/layout/RES
  i32.load offset=16
  i32.eqz
  local.get $4
  f64.load
  local.tee $7
  local.get $7
  f64.sub
  f64.const 0
  f64.ne
  i32.or
  if
   i32.const 7
   return
  end
  local.get $3
  local.get $3
  f64.sub
  f64.const 0
  f64.ne
  local.get $6
  i32.and
  local.get $2
  local.get $2
  f64.sub
  f64.const 0
  f64.ne
  local.get $5
  i32.and
  i32.or
  if
   i32.const 7
   return
  end
  local.get $0
  local.get $7
  local.get $1
  f64.add
  f64.lt
  i32.eqz
  if
   i32.const 5
   return
  end
  local.get $0
  local.get $2
  local.get $1
  f64.sub
  f64.ge
  i32.eqz
  local.get $5
  i32.and
  if
   i32.const 6
   return
  end
  local.get $3
  local.get $0
  local.get $1
  f64.add
  f64.le
  i32.eqz
  local.get $6
  i32.and
  if
   i32.const 7
   return
  end
  i32.const 0
 )
 (func $~start
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  i32.const 5760
  global.set $assembly/layout/IN
  i32.const 71360
  global.set $assembly/layout/OUT
  i32.const 137152
  global.set $assembly/layout/DEC
  i32.const 235584
  global.set $assembly/layout/MAC
  i32.const 235648
  global.set $assembly/layout/RES
  i32.const 235904
  global.set $assembly/layout/SCAN
  i32.const 1022336
  global.set $assembly/layout/SCAN_END
  loop $for-loop|0
   local.get $0
   i32.const 64
   i32.lt_u
   if
    local.get $0
    i32.const 2
    i32.shl
    local.tee $1
    i32.const 1824
    i32.add
    local.get $0
    i32.const 3
    i32.shl
    local.tee $2
    i32.const 1152
    i32.add
    i64.load
    i64.const 32
    i64.shr_u
    i64.store32
    local.get $0
    i32.const 8
    i32.lt_u
    if
     local.get $1
     i32.const 1792
     i32.add
     local.get $2
     i32.const 1024
     i32.add
     i64.load
     i64.const 32
     i64.shr_u
     i64.store32
    end
    local.get $0
    i32.const 1
    i32.add
    local.set $0
    br $for-loop|0
   end
  end
  v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
  global.set $assembly/base64url/invalid
  global.get $assembly/layout/SCAN_END
  i32.const 6152
  i32.sub
  global.set $assembly/names/SLOTS
  global.get $assembly/names/SLOTS
  i32.const 1024
  i32.add
  global.set $assembly/names/ENTRIES
  global.get $assembly/names/ENTRIES
  i32.const 1024
  i32.add
  global.set $assembly/names/TEXT
  global.get $assembly/layout/SCAN
  global.set $assembly/json/STACK
  global.get $assembly/json/STACK
  i32.const 196608
  i32.add
  global.set $assembly/json/ENTRIES
  global.get $assembly/json/ENTRIES
  i32.const 196608
  i32.add
  global.set $assembly/json/TEXT
  global.get $assembly/json/TEXT
  i32.const 98304
  i32.add
  global.set $assembly/json/TABLE
  global.get $assembly/json/TABLE
  i32.const 262144
  i32.add
  global.set $assembly/json/MEMBERS
  i32.const 3
  global.set $assembly/token/pendingAlg
 )
 (func $assembly/token/verifyRing (param $0 i32) (param $1 i32) (param $2 f64) (param $3 f64) (result i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i64)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i64)
  (local $13 i32)
  i32.const -1
  global.set $assembly/token/pendingSigned
  local.get $1
  i32.const 65536
  i32.gt_s
  if
   i32.const 2
   return
  end
  block $folding-inner0
   local.get $1
   call $assembly/token/splitToken
   local.tee $6
   i64.const 0
   i64.lt_s
   br_if $folding-inner0
   local.get $6
   i64.const 32
   i64.shr_s
   i32.wrap_i64
   local.set $8
   local.get $6
   i32.wrap_i64
   local.tee $9
   i32.const 5072
   i32.load
   local.tee $10
   i32.eq
   if (result i32)
    global.get $assembly/layout/IN
    local.set $11
    block $__inlined_func$assembly/token/sameBytes$56 (result i32)
     loop $for-loop|0
      local.get $4
      i32.const 8
      i32.add
      local.tee $5
      local.get $10
      i32.le_u
      if
       i32.const 0
       local.get $4
       local.get $11
       i32.add
       i64.load
       local.get $4
       i32.const 5280
       i32.add
       i64.load
       i64.ne
       br_if $__inlined_func$assembly/token/sameBytes$56
       drop
       local.get $5
       local.set $4
       br $for-loop|0
      end
     end
     loop $for-loop|1
      local.get $4
      local.get $10
      i32.lt_u
      if
       i32.const 0
       local.get $4
       local.get $11
       i32.add
       i32.load8_u
       local.get $4
       i32.const 5280
       i32.add
       i32.load8_u
       i32.ne
       br_if $__inlined_func$assembly/token/sameBytes$56
       drop
       local.get $4
       i32.const 1
       i32.add
       local.set $4
       br $for-loop|1
      end
     end
     i32.const 1
    end
   else
    i32.const 0
   end
   if
    global.get $assembly/layout/IN
    local.get $9
    i32.const 1
    i32.add
    i32.add
    local.get $8
    local.get $9
    i32.sub
    i32.const 1
    i32.sub
    global.get $assembly/layout/DEC
    call $assembly/base64url/decode
    local.tee $0
    i32.const 0
    i32.lt_s
    br_if $folding-inner0
    global.get $assembly/layout/IN
    local.get $8
    i32.const 1
    i32.add
    i32.add
    local.get $1
    local.get $8
    i32.sub
    i32.const 1
    i32.sub
    global.get $assembly/layout/OUT
    call $assembly/base64url/decode
    local.tee $1
    i32.const 0
    i32.lt_s
    br_if $folding-inner0
    i32.const 5080
    i32.load
    local.get $8
    local.get $1
    global.get $assembly/layout/DEC
    local.get $0
    local.get $2
    local.get $3
    i32.const 1
    call $assembly/token/signatureAndClaims
    return
   end
   local.get $0
   if
    local.get $9
    i64.extend_i32_s
    local.set $6
    i32.const 0
    local.set $0
    loop $for-loop|00
     local.get $0
     local.get $9
     i32.lt_s
     if
      global.get $assembly/layout/IN
      local.get $0
      i32.add
      i64.load
      local.set $12
      local.get $9
      local.get $0
      i32.sub
      local.tee $1
      i32.const 8
      i32.lt_s
      if (result i64)
       local.get $12
       i64.const 1
       local.get $1
       i64.extend_i32_s
       i64.const 3
       i64.shl
       i64.shl
       i64.const 1
       i64.sub
       i64.and
      else
       local.get $12
      end
      local.get $6
      i64.xor
      i64.const -7046029254386353131
      i64.mul
      local.tee $6
      i64.const 29
      i64.shr_u
      local.get $6
      i64.xor
      local.set $6
      local.get $0
      i32.const 8
      i32.add
      local.set $0
      br $for-loop|00
     end
    end
    global.get $assembly/layout/RES
    local.get $6
    i64.const 34
    i64.shr_u
    i64.store32 offset=100
    i32.const 11
    return
   end
   global.get $assembly/layout/IN
   local.get $9
   global.get $assembly/layout/DEC
   call $assembly/base64url/decode
   local.tee $0
   i32.const 0
   i32.lt_s
   br_if $folding-inner0
   global.get $assembly/layout/IN
   local.get $9
   i32.const 1
   i32.add
   i32.add
   local.get $8
   local.get $9
   i32.sub
   i32.const 1
   i32.sub
   global.get $assembly/layout/DEC
   local.get $0
   i32.add
   local.tee $4
   call $assembly/base64url/decode
   local.tee $5
   i32.const 0
   i32.lt_s
   br_if $folding-inner0
   global.get $assembly/layout/IN
   local.get $8
   i32.const 1
   i32.add
   i32.add
   local.get $1
   local.get $8
   i32.sub
   i32.const 1
   i32.sub
   global.get $assembly/layout/OUT
   call $assembly/base64url/decode
   local.tee $9
   i32.const 0
   i32.lt_s
   br_if $folding-inner0
   global.get $assembly/layout/DEC
   local.get $4
   i32.const 3824
   i32.const 0
   call $assembly/json/scanObject
   i32.eqz
   br_if $folding-inner0
   block $assembly/token/headerFormatOk|inlined.1
    i32.const 2928
    i32.load
    if (result i32)
     i32.const 1
    else
     i32.const 2960
     i32.load
    end
    br_if $assembly/token/headerFormatOk|inlined.1
    i32.const 2896
    i32.load
    if
     i32.const 0
     local.set $1
     i32.const 0
     local.set $0
     block $__inlined_func$assembly/header/valueIs$5
      i32.const 1
      call $assembly/header/headerString
      local.tee $10
      i32.const 5660
      i32.load
      i32.const 1
      i32.shr_u
      i32.ne
      br_if $__inlined_func$assembly/header/valueIs$5
      loop $for-loop|01
       local.get $1
       local.get $10
       i32.lt_s
       if
        local.get $1
        i32.const 5660
        i32.load
        i32.const 1
        i32.shr_u
        i32.ge_u
        if (result i32)
         i32.const -1
        else
         local.get $1
         i32.const 1
         i32.shl
         i32.const 5664
         i32.add
         i32.load16_u
        end
        local.tee $11
        local.get $1
        i32.const 1
        i32.shl
        i32.const 3856
        i32.add
        i32.load16_u
        local.tee $13
        i32.const 32
        i32.or
        i32.ne
        local.get $11
        local.get $13
        i32.ne
        local.get $11
        i32.const 97
        i32.ge_u
        select
        br_if $__inlined_func$assembly/header/valueIs$5
        local.get $1
        i32.const 1
        i32.add
        local.set $1
        br $for-loop|01
       end
      end
      i32.const 1
      local.set $0
     end
     local.get $0
     if
      i32.const 1
      local.set $0
     else
      i32.const 0
      local.set $1
      i32.const 0
      local.set $0
      block $__inlined_func$assembly/header/valueIs$6
       local.get $10
       i32.const 5692
       i32.load
       i32.const 1
       i32.shr_u
       i32.ne
       br_if $__inlined_func$assembly/header/valueIs$6
       loop $for-loop|02
        local.get $1
        local.get $10
        i32.lt_s
        if
         local.get $1
         i32.const 5692
         i32.load
         i32.const 1
         i32.shr_u
         i32.ge_u
         if (result i32)
          i32.const -1
         else
          local.get $1
          i32.const 1
          i32.shl
          i32.const 5696
          i32.add
          i32.load16_u
         end
         local.tee $11
         local.get $1
         i32.const 1
         i32.shl
         i32.const 3856
         i32.add
         i32.load16_u
         local.tee $13
         i32.const 32
         i32.or
         i32.ne
         local.get $11
         local.get $13
         i32.ne
         local.get $11
         i32.const 97
         i32.ge_u
         select
         br_if $__inlined_func$assembly/header/valueIs$6
         local.get $1
         i32.const 1
         i32.add
         local.set $1
         br $for-loop|02
        end
       end
       i32.const 1
       local.set $0
      end
     end
     local.get $0
     i32.eqz
     br_if $assembly/token/headerFormatOk|inlined.1
    end
    i32.const 1
    local.set $7
   end
   local.get $7
   i32.eqz
   br_if $folding-inner0
   i32.const 3
   local.set $1
   i32.const 0
   local.set $0
   loop $for-loop|013
    local.get $0
    i32.const 3
    i32.lt_s
    if
     block $for-break0
      local.get $0
      call $assembly/token/headerAlgIs
      if
       local.get $0
       local.set $1
       br $for-break0
      end
      local.get $0
      i32.const 1
      i32.add
      local.set $0
      br $for-loop|013
     end
    end
   end
   block $__inlined_func$assembly/token/readKid$72 (result i32)
    i32.const 2992
    i32.load
    local.tee $0
    i32.eqz
    if
     global.get $assembly/layout/RES
     i32.const -1
     i32.store offset=96
     i32.const 0
     br $__inlined_func$assembly/token/readKid$72
    end
    i32.const 1
    local.get $0
    i32.const 1
    i32.ne
    br_if $__inlined_func$assembly/token/readKid$72
    drop
    i32.const 9
    i32.const 3000
    i32.load
    local.tee $0
    i32.const 2996
    i32.load
    local.tee $7
    i32.sub
    i32.const 384
    i32.gt_u
    br_if $__inlined_func$assembly/token/readKid$72
    drop
    local.get $7
    local.get $0
    i32.const 1
    i32.add
    i32.const 4304
    call $assembly/json/scanString
    drop
    i32.const 9
    global.get $assembly/json/decodedUnits
    local.tee $7
    i32.const 0
    i32.le_s
    local.get $7
    i32.const 64
    i32.gt_s
    i32.or
    br_if $__inlined_func$assembly/token/readKid$72
    drop
    i32.const 0
    local.set $0
    loop $for-loop|024
     local.get $0
     local.get $7
     i32.lt_s
     if
      i32.const 9
      local.get $0
      i32.const 1
      i32.shl
      i32.const 4304
      i32.add
      i32.load16_u
      local.tee $10
      i32.const 32
      i32.sub
      i32.const 94
      i32.gt_u
      br_if $__inlined_func$assembly/token/readKid$72
      drop
      global.get $assembly/layout/RES
      i32.const 128
      i32.add
      local.get $0
      i32.add
      local.get $10
      i32.store8
      local.get $0
      i32.const 1
      i32.add
      local.set $0
      br $for-loop|024
     end
    end
    global.get $assembly/layout/RES
    local.get $7
    i32.store offset=96
    i32.const 0
   end
   local.tee $0
   if
    local.get $0
    return
   end
   local.get $1
   global.set $assembly/token/pendingAlg
   local.get $4
   global.set $assembly/token/pendingPayload
   local.get $5
   global.set $assembly/token/pendingPayloadLength
   local.get $9
   global.set $assembly/token/pendingSignatureLength
   local.get $8
   global.set $assembly/token/pendingSigned
   i32.const 10
   return
  end
  i32.const 1
 )
 (func $assembly/token/verifyKeyed (param $0 i32) (param $1 f64) (param $2 f64) (result i32)
  (local $3 i32)
  global.get $assembly/token/pendingSigned
  local.set $3
  i32.const -1
  global.set $assembly/token/pendingSigned
  local.get $3
  i32.const 0
  i32.lt_s
  if
   i32.const 1
   return
  end
  local.get $0
  global.get $assembly/token/pendingAlg
  i32.ne
  if
   i32.const 3
   return
  end
  local.get $0
  local.get $3
  global.get $assembly/token/pendingSignatureLength
  global.get $assembly/token/pendingPayload
  global.get $assembly/token/pendingPayloadLength
  local.get $1
  local.get $2
  i32.const 0
  call $assembly/token/signatureAndClaims
 )
 (func $assembly/token/verify (param $0 i32) (param $1 i32) (param $2 f64) (param $3 f64) (result i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i64)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  local.get $1
  i32.const 65536
  i32.gt_s
  if
   i32.const 2
   return
  end
  local.get $1
  call $assembly/token/splitToken
  local.tee $6
  i64.const 0
  i64.lt_s
  if
   i32.const 1
   return
  end
  global.get $assembly/layout/DEC
  local.set $4
  local.get $6
  i32.wrap_i64
  local.tee $7
  i32.const 36
  i32.ne
  if (result i32)
   i32.const 0
  else
   global.get $assembly/token/headersEncoded
   i32.eqz
   if
    call $assembly/token/encodeHeaders
   end
   global.get $assembly/layout/IN
   i64.load
   local.get $0
   i32.const 40
   i32.mul
   i32.const 4160
   i32.add
   local.tee $9
   i64.load
   i64.xor
   global.get $assembly/layout/IN
   i64.load offset=8
   local.get $9
   i64.load offset=8
   i64.xor
   i64.or
   global.get $assembly/layout/IN
   i64.load offset=16
   local.get $9
   i64.load offset=16
   i64.xor
   i64.or
   global.get $assembly/layout/IN
   i64.load offset=24
   local.get $9
   i64.load offset=24
   i64.xor
   i64.or
   global.get $assembly/layout/IN
   i64.load32_u offset=32
   local.get $9
   i64.load32_u offset=32
   i64.xor
   i64.or
   i64.eqz
  end
  local.tee $9
  i32.eqz
  if
   global.get $assembly/layout/IN
   local.get $7
   global.get $assembly/layout/DEC
   call $assembly/base64url/decode
   local.tee $4
   i32.const 0
   i32.lt_s
   if
    i32.const 1
    return
   end
   global.get $assembly/layout/DEC
   local.get $4
   i32.add
   local.set $4
  end
  global.get $assembly/layout/IN
  local.get $7
  i32.const 1
  i32.add
  i32.add
  local.get $6
  i64.const 32
  i64.shr_s
  i32.wrap_i64
  local.tee $10
  local.get $7
  i32.sub
  i32.const 1
  i32.sub
  local.get $4
  call $assembly/base64url/decode
  local.tee $11
  i32.const 0
  i32.lt_s
  if
   i32.const 1
   return
  end
  global.get $assembly/layout/IN
  local.get $10
  i32.const 1
  i32.add
  i32.add
  local.get $1
  local.get $10
  i32.sub
  i32.const 1
  i32.sub
  global.get $assembly/layout/OUT
  call $assembly/base64url/decode
  local.tee $7
  i32.const 0
  i32.lt_s
  if
   i32.const 1
   return
  end
  local.get $9
  i32.eqz
  if
   global.get $assembly/layout/DEC
   local.get $4
   i32.const 3744
   i32.const 0
   call $assembly/json/scanObject
   i32.eqz
   if
    i32.const 1
    return
   end
   block $assembly/token/headerFormatOk|inlined.0
    i32.const 2928
    i32.load
    if (result i32)
     i32.const 1
    else
     i32.const 2960
     i32.load
    end
    br_if $assembly/token/headerFormatOk|inlined.0
    i32.const 2896
    i32.load
    if
     i32.const 0
     local.set $1
     block $__inlined_func$assembly/header/valueIs$2
      i32.const 1
      call $assembly/header/headerString
      local.tee $9
      i32.const 5660
      i32.load
      i32.const 1
      i32.shr_u
      i32.ne
      br_if $__inlined_func$assembly/header/valueIs$2
      loop $for-loop|0
       local.get $5
       local.get $9
       i32.lt_s
       if
        local.get $5
        i32.const 5660
        i32.load
        i32.const 1
        i32.shr_u
        i32.ge_u
        if (result i32)
         i32.const -1
        else
         local.get $5
         i32.const 1
         i32.shl
         i32.const 5664
         i32.add
         i32.load16_u
        end
        local.tee $12
        local.get $5
        i32.const 1
        i32.shl
        i32.const 3856
        i32.add
        i32.load16_u
        local.tee $13
        i32.const 32
        i32.or
        i32.ne
        local.get $12
        local.get $13
        i32.ne
        local.get $12
        i32.const 97
        i32.ge_u
        select
        br_if $__inlined_func$assembly/header/valueIs$2
        local.get $5
        i32.const 1
        i32.add
        local.set $5
        br $for-loop|0
       end
      end
      i32.const 1
      local.set $1
     end
     local.get $1
     if
      i32.const 1
      local.set $1
     else
      i32.const 0
      local.set $5
      i32.const 0
      local.set $1
      block $__inlined_func$assembly/header/valueIs$3
       local.get $9
       i32.const 5692
       i32.load
       i32.const 1
       i32.shr_u
       i32.ne
       br_if $__inlined_func$assembly/header/valueIs$3
       loop $for-loop|00
        local.get $5
        local.get $9
        i32.lt_s
        if
         local.get $5
         i32.const 5692
         i32.load
         i32.const 1
         i32.shr_u
         i32.ge_u
         if (result i32)
          i32.const -1
         else
          local.get $5
          i32.const 1
          i32.shl
          i32.const 5696
          i32.add
          i32.load16_u
         end
         local.tee $12
         local.get $5
         i32.const 1
         i32.shl
         i32.const 3856
         i32.add
         i32.load16_u
         local.tee $13
         i32.const 32
         i32.or
         i32.ne
         local.get $12
         local.get $13
         i32.ne
         local.get $12
         i32.const 97
         i32.ge_u
         select
         br_if $__inlined_func$assembly/header/valueIs$3
         local.get $5
         i32.const 1
         i32.add
         local.set $5
         br $for-loop|00
        end
       end
       i32.const 1
       local.set $1
      end
     end
     local.get $1
     i32.eqz
     br_if $assembly/token/headerFormatOk|inlined.0
    end
    i32.const 1
    local.set $8
   end
   block $__inlined_func$assembly/token/checkHeader$53 (result i32)
    i32.const 1
    local.get $8
    i32.eqz
    br_if $__inlined_func$assembly/token/checkHeader$53
    drop
    i32.const 3
    local.get $0
    call $assembly/token/headerAlgIs
    i32.eqz
    br_if $__inlined_func$assembly/token/checkHeader$53
    drop
    i32.const 0
   end
   local.tee $1
   if
    local.get $1
    return
   end
  end
  local.get $0
  local.get $10
  local.get $7
  local.get $4
  local.get $11
  local.get $2
  local.get $3
  i32.const 0
  call $assembly/token/signatureAndClaims
 )
 (func $assembly/token/signOwn (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  i32.const 5072
  i32.load
  local.tee $2
  i32.eqz
  local.get $1
  i32.const 0
  i32.lt_s
  local.get $1
  i32.const 65536
  i32.gt_s
  i32.or
  i32.or
  if
   i32.const -1
   return
  end
  local.get $0
  i32.const 5280
  local.get $2
  local.get $1
  i32.const 1
  call $assembly/token/signWith
 )
 (func $assembly/token/sign (param $0 i32) (param $1 i32) (result i32)
  local.get $1
  i32.const 0
  i32.lt_s
  local.get $1
  i32.const 65536
  i32.gt_s
  i32.or
  if
   i32.const -1
   return
  end
  global.get $assembly/token/headersEncoded
  i32.eqz
  if
   call $assembly/token/encodeHeaders
  end
  local.get $0
  local.get $0
  i32.const 40
  i32.mul
  i32.const 4160
  i32.add
  i32.const 36
  local.get $1
  i32.const 0
  call $assembly/token/signWith
 )
 (func $assembly/token/setOwnHeader (param $0 i32) (param $1 i32)
  (local $2 i32)
  i32.const 5072
  i32.const 0
  i32.const 208
  memory.fill
  local.get $1
  i32.const 0
  i32.le_s
  local.get $1
  i32.const 256
  i32.gt_s
  i32.or
  if
   return
  end
  i32.const 5072
  local.get $1
  i32.store
  i32.const 5080
  local.get $0
  i32.store
  i32.const 128
  i32.const 64
  local.get $0
  select
  local.tee $2
  local.get $1
  i32.const 11
  i32.add
  i32.gt_u
  if
   return
  end
  local.get $1
  local.get $2
  i32.ge_u
  if
   i32.const 5152
   i32.const 5280
   local.get $2
   memory.copy
  else
   i32.const 5152
   i32.const 5280
   local.get $1
   memory.copy
   local.get $1
   i32.const 5152
   i32.add
   i32.const 46
   i32.store8
   local.get $1
   i32.const 5153
   i32.add
   i32.const 5536
   local.get $2
   local.get $1
   i32.sub
   i32.const 1
   i32.sub
   memory.copy
  end
  i32.const 5088
  i32.const 2352
  i32.const 64
  memory.copy
  local.get $0
  if
   i32.const 5088
   i32.const 5152
   i32.const 1
   call $assembly/sha512/sha512Blocks
  else
   i32.const 5088
   i32.const 5152
   i32.const 1
   call $assembly/sha256/sha256Blocks
  end
  i32.const 5076
  local.get $2
  i32.store
 )
 (func $assembly/token/headerId (param $0 i32) (result i32)
  (local $1 i64)
  (local $2 i32)
  (local $3 i64)
  (local $4 i32)
  local.get $0
  i64.extend_i32_s
  local.set $1
  loop $for-loop|0
   local.get $0
   local.get $2
   i32.gt_s
   if
    global.get $assembly/layout/IN
    local.get $2
    i32.add
    i64.load
    local.set $3
    local.get $0
    local.get $2
    i32.sub
    local.tee $4
    i32.const 8
    i32.lt_s
    if (result i64)
     local.get $3
     i64.const 1
     local.get $4
     i64.extend_i32_s
     i64.const 3
     i64.shl
     i64.shl
     i64.const 1
     i64.sub
     i64.and
    else
     local.get $3
    end
    local.get $1
    i64.xor
    i64.const -7046029254386353131
    i64.mul
    local.tee $1
    local.get $1
    i64.const 29
    i64.shr_u
    i64.xor
    local.set $1
    local.get $2
    i32.const 8
    i32.add
    local.set $2
    br $for-loop|0
   end
  end
  local.get $1
  i64.const 34
  i64.shr_u
  i32.wrap_i64
 )
 (func $assembly/json/watchedIndex (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i64)
  (local $9 i64)
  (local $10 i32)
  (local $11 i32)
  local.get $1
  i32.const 4
  i32.le_s
  if
   local.get $1
   i32.const 4
   i32.eq
   if (result i64)
    i64.const -1
   else
    i64.const 1
    local.get $1
    i64.extend_i32_s
    i64.const 4
    i64.shl
    i64.shl
    i64.const 1
    i64.sub
   end
   local.tee $8
   local.get $0
   i64.load
   i64.and
   local.set $9
   loop $for-loop|0
    local.get $6
    local.get $2
    i32.const 20
    i32.sub
    i32.load offset=16
    i32.const 2
    i32.shr_u
    i32.lt_s
    if
     local.get $2
     local.get $6
     i32.const 2
     i32.shl
     i32.add
     i32.load
     local.tee $0
     i32.const 20
     i32.sub
     i32.load offset=16
     i32.const 1
     i32.shr_u
     local.get $1
     i32.eq
     if (result i32)
      local.get $0
      i64.load
      local.get $8
      i64.and
      local.get $9
      i64.eq
     else
      i32.const 0
     end
     if
      local.get $6
      return
     end
     local.get $6
     i32.const 1
     i32.add
     local.set $6
     br $for-loop|0
    end
   end
   i32.const -1
   return
  end
  loop $for-loop|1
   local.get $7
   local.get $2
   i32.const 20
   i32.sub
   i32.load offset=16
   i32.const 2
   i32.shr_u
   i32.lt_s
   if
    local.get $2
    local.get $7
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.tee $6
    i32.const 20
    i32.sub
    i32.load offset=16
    i32.const 1
    i32.shr_u
    local.get $1
    i32.eq
    if (result i32)
     local.get $1
     i32.const 1
     i32.shl
     local.set $4
     i32.const 0
     local.set $5
     block $~lib/util/memory/memcmp|inlined.1
      local.get $0
      local.tee $3
      local.get $6
      i32.eq
      br_if $~lib/util/memory/memcmp|inlined.1
      local.get $6
      i32.const 7
      i32.and
      local.get $3
      i32.const 7
      i32.and
      i32.eq
      if
       loop $while-continue|2
        local.get $6
        i32.const 7
        i32.and
        if
         i32.const 0
         local.set $5
         local.get $4
         i32.eqz
         br_if $~lib/util/memory/memcmp|inlined.1
         local.get $6
         i32.load8_u
         local.tee $10
         local.get $3
         i32.load8_u
         local.tee $11
         i32.sub
         local.set $5
         local.get $10
         local.get $11
         i32.ne
         br_if $~lib/util/memory/memcmp|inlined.1
         local.get $4
         i32.const 1
         i32.sub
         local.set $4
         local.get $6
         i32.const 1
         i32.add
         local.set $6
         local.get $3
         i32.const 1
         i32.add
         local.set $3
         br $while-continue|2
        end
       end
       loop $while-continue|3
        local.get $4
        i32.const 8
        i32.ge_u
        if
         local.get $6
         i64.load
         local.get $3
         i64.load
         i64.eq
         if
          local.get $6
          i32.const 8
          i32.add
          local.set $6
          local.get $3
          i32.const 8
          i32.add
          local.set $3
          local.get $4
          i32.const 8
          i32.sub
          local.set $4
          br $while-continue|3
         end
        end
       end
      end
      loop $while-continue|4
       local.get $4
       local.tee $5
       i32.const 1
       i32.sub
       local.set $4
       local.get $5
       if
        local.get $6
        i32.load8_u
        local.tee $10
        local.get $3
        i32.load8_u
        local.tee $11
        i32.sub
        local.set $5
        local.get $10
        local.get $11
        i32.ne
        br_if $~lib/util/memory/memcmp|inlined.1
        local.get $6
        i32.const 1
        i32.add
        local.set $6
        local.get $3
        i32.const 1
        i32.add
        local.set $3
        br $while-continue|4
       end
      end
      i32.const 0
      local.set $5
     end
     local.get $5
     i32.eqz
    else
     i32.const 0
    end
    if
     local.get $7
     return
    end
    local.get $7
    i32.const 1
    i32.add
    local.set $7
    br $for-loop|1
   end
  end
  i32.const -1
 )
 (func $assembly/json/memberName (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i64)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  global.get $assembly/json/members
  i32.const 0
  i32.lt_s
  if
   return
  end
  global.get $assembly/json/members
  i32.const 12
  i32.eq
  local.get $1
  local.get $0
  i32.sub
  local.tee $6
  local.get $2
  i32.ne
  i32.or
  if
   i32.const -1
   global.set $assembly/json/members
   return
  end
  global.get $assembly/json/members
  local.tee $2
  i32.const 1
  i32.add
  global.set $assembly/json/members
  global.get $assembly/json/MEMBERS
  i32.const 16
  i32.add
  local.get $2
  i32.const 5
  i32.shl
  i32.add
  local.set $9
  global.get $assembly/json/lastHash
  local.set $10
  i32.const -1
  local.set $2
  block $__inlined_func$assembly/names/nameId$28
   local.get $6
   i32.const 64
   i32.gt_u
   br_if $__inlined_func$assembly/names/nameId$28
   local.get $10
   i32.const -1640531535
   i32.mul
   i32.const 24
   i32.shr_u
   local.set $7
   loop $while-continue|0
    global.get $assembly/names/SLOTS
    local.get $7
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.tee $2
    if
     global.get $assembly/names/ENTRIES
     local.get $2
     i32.const 1
     i32.sub
     local.tee $5
     i32.const 3
     i32.shl
     i32.add
     local.tee $2
     i32.load
     local.get $10
     i32.eq
     if (result i32)
      local.get $2
      i32.load16_u offset=6
      local.get $6
      i32.eq
     else
      i32.const 0
     end
     if (result i32)
      global.get $assembly/names/TEXT
      local.get $2
      i32.load16_u offset=4
      i32.add
      local.set $11
      i64.const 0
      local.set $8
      i32.const 0
      local.set $2
      loop $for-loop|1
       local.get $2
       i32.const 8
       i32.add
       local.tee $4
       local.get $6
       i32.le_u
       if
        local.get $8
        local.get $2
        local.get $11
        i32.add
        i64.load
        local.get $0
        local.get $2
        i32.add
        i64.load
        i64.xor
        i64.or
        local.set $8
        local.get $4
        local.set $2
        br $for-loop|1
       end
      end
      local.get $2
      local.get $6
      i32.lt_u
      if (result i64)
       local.get $8
       i64.const 1
       local.get $6
       local.get $2
       i32.sub
       i64.extend_i32_u
       i64.const 3
       i64.shl
       i64.shl
       i64.const 1
       i64.sub
       local.get $2
       local.get $11
       i32.add
       i64.load
       local.get $0
       local.get $2
       i32.add
       i64.load
       i64.xor
       i64.and
       i64.or
      else
       local.get $8
      end
      i64.eqz
     else
      i32.const 0
     end
     local.get $5
     local.set $2
     br_if $__inlined_func$assembly/names/nameId$28
     local.get $7
     i32.const 1
     i32.add
     i32.const 255
     i32.and
     local.set $7
     br $while-continue|0
    end
   end
   global.get $assembly/names/count
   local.tee $2
   i32.const 1
   i32.add
   local.tee $4
   global.set $assembly/names/count
   global.get $assembly/names/SLOTS
   local.get $7
   i32.const 2
   i32.shl
   i32.add
   local.get $4
   i32.store
   global.get $assembly/names/ENTRIES
   local.get $2
   i32.const 3
   i32.shl
   i32.add
   local.tee $4
   local.get $10
   i32.store
   local.get $4
   global.get $assembly/names/textTop
   i32.store16 offset=4
   local.get $4
   local.get $6
   i32.store16 offset=6
   global.get $assembly/names/TEXT
   global.get $assembly/names/textTop
   i32.add
   local.get $0
   local.get $6
   memory.copy
   global.get $assembly/names/textTop
   local.get $6
   i32.add
   global.set $assembly/names/textTop
  end
  local.get $9
  local.get $2
  i32.store offset=4
  local.get $9
  local.get $0
  local.get $3
  i32.sub
  i32.store offset=8
  local.get $9
  local.get $1
  local.get $3
  i32.sub
  i32.store offset=12
 )
 (func $assembly/json/addName (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  i32.const -2128831035
  local.set $7
  loop $for-loop|0
   local.get $2
   local.get $3
   i32.gt_s
   if
    local.get $7
    local.get $1
    local.get $3
    i32.const 1
    i32.shl
    i32.add
    i32.load16_u
    i32.xor
    i32.const 16777619
    i32.mul
    local.set $7
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|0
   end
  end
  local.get $7
  global.set $assembly/json/lastHash
  local.get $7
  local.get $0
  i32.const -1640531535
  i32.mul
  i32.xor
  local.tee $3
  i32.const 16
  i32.shr_u
  local.get $3
  i32.xor
  i32.const -2048144789
  i32.mul
  local.tee $3
  i32.const 13
  i32.shr_u
  local.get $3
  i32.xor
  i32.const -1028477387
  i32.mul
  local.tee $3
  i32.const 16
  i32.shr_u
  local.get $3
  i32.xor
  i32.const 32767
  i32.and
  local.set $8
  loop $for-loop|1
   local.get $9
   i32.const 64
   i32.lt_s
   if
    global.get $assembly/json/generation
    global.get $assembly/json/TABLE
    local.get $8
    i32.const 3
    i32.shl
    i32.add
    local.tee $3
    i32.load
    i32.ne
    if
     local.get $3
     global.get $assembly/json/generation
     i32.store
     local.get $3
     global.get $assembly/json/entryCount
     i32.store offset=4
     global.get $assembly/json/ENTRIES
     global.get $assembly/json/entryCount
     i32.const 4
     i32.shl
     i32.add
     local.tee $3
     local.get $0
     i32.store
     local.get $3
     local.get $7
     i32.store offset=4
     local.get $3
     local.get $1
     i32.store offset=8
     local.get $3
     local.get $2
     i32.store offset=12
     global.get $assembly/json/entryCount
     i32.const 1
     i32.add
     global.set $assembly/json/entryCount
     i32.const 1
     return
    end
    global.get $assembly/json/ENTRIES
    local.get $3
    i32.load offset=4
    i32.const 4
    i32.shl
    i32.add
    local.tee $3
    i32.load
    local.get $0
    i32.eq
    if (result i32)
     local.get $3
     i32.load offset=4
     local.get $7
     i32.eq
    else
     i32.const 0
    end
    if (result i32)
     local.get $3
     i32.load offset=12
     local.get $2
     i32.eq
    else
     i32.const 0
    end
    if
     local.get $2
     i32.const 1
     i32.shl
     local.set $4
     i32.const 0
     local.set $5
     block $~lib/util/memory/memcmp|inlined.0
      local.get $3
      i32.load offset=8
      local.tee $6
      local.get $1
      local.tee $3
      i32.eq
      br_if $~lib/util/memory/memcmp|inlined.0
      local.get $6
      i32.const 7
      i32.and
      local.get $3
      i32.const 7
      i32.and
      i32.eq
      if
       loop $while-continue|2
        local.get $6
        i32.const 7
        i32.and
        if
         i32.const 0
         local.set $5
         local.get $4
         i32.eqz
         br_if $~lib/util/memory/memcmp|inlined.0
         local.get $6
         i32.load8_u
         local.tee $10
         local.get $3
         i32.load8_u
         local.tee $11
         i32.sub
         local.set $5
         local.get $10
         local.get $11
         i32.ne
         br_if $~lib/util/memory/memcmp|inlined.0
         local.get $4
         i32.const 1
         i32.sub
         local.set $4
         local.get $6
         i32.const 1
         i32.add
         local.set $6
         local.get $3
         i32.const 1
         i32.add
         local.set $3
         br $while-continue|2
        end
       end
       loop $while-continue|3
        local.get $4
        i32.const 8
        i32.ge_u
        if
         local.get $6
         i64.load
         local.get $3
         i64.load
         i64.eq
         if
          local.get $6
          i32.const 8
          i32.add
          local.set $6
          local.get $3
          i32.const 8
          i32.add
          local.set $3
          local.get $4
          i32.const 8
          i32.sub
          local.set $4
          br $while-continue|3
         end
        end
       end
      end
      loop $while-continue|4
       local.get $4
       local.tee $5
       i32.const 1
       i32.sub
       local.set $4
       local.get $5
       if
        local.get $6
        i32.load8_u
        local.tee $10
        local.get $3
        i32.load8_u
        local.tee $11
        i32.sub
        local.set $5
        local.get $10
        local.get $11
        i32.ne
        br_if $~lib/util/memory/memcmp|inlined.0
        local.get $6
        i32.const 1
        i32.add
        local.set $6
        local.get $3
        i32.const 1
        i32.add
        local.set $3
        br $while-continue|4
       end
      end
      i32.const 0
      local.set $5
     end
    else
     i32.const 1
     local.set $5
    end
    local.get $5
    i32.eqz
    if
     i32.const 0
     return
    end
    local.get $8
    i32.const 1
    i32.add
    i32.const 32767
    i32.and
    local.set $8
    local.get $9
    i32.const 1
    i32.add
    local.set $9
    br $for-loop|1
   end
  end
  i32.const 0
 )
 (func $assembly/index/setKey (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  global.get $assembly/layout/IN
  local.set $4
  i32.const 2544
  i32.const 0
  i32.const 128
  i32.const 64
  local.get $0
  select
  local.tee $3
  memory.fill
  local.get $1
  local.get $3
  i32.gt_u
  if
   i32.const 2480
   local.get $0
   if (result i32)
    i32.const 1088
    i32.const 1024
    local.get $0
    i32.const 1
    i32.eq
    select
   else
    i32.const 1792
   end
   i32.const 64
   i32.const 32
   local.get $0
   select
   memory.copy
   local.get $0
   local.get $4
   local.get $1
   i32.const 0
   i32.const 2544
   local.get $0
   if (result i32)
    i32.const 48
    i32.const 64
    local.get $0
    i32.const 1
    i32.eq
    select
   else
    i32.const 32
   end
   call $assembly/md/finish
  else
   i32.const 2544
   local.get $4
   local.get $1
   memory.copy
  end
  loop $for-loop|0
   local.get $2
   local.get $3
   i32.lt_u
   if
    local.get $2
    i32.const 2544
    i32.add
    local.tee $4
    local.get $4
    i64.load
    i64.const 3906369333256140342
    i64.xor
    i64.store
    local.get $2
    i32.const 8
    i32.add
    local.set $2
    br $for-loop|0
   end
  end
  i32.const 2352
  i32.const 0
  i32.const 128
  memory.fill
  i32.const 2352
  local.get $0
  if (result i32)
   i32.const 1088
   i32.const 1024
   local.get $0
   i32.const 1
   i32.eq
   select
  else
   i32.const 1792
  end
  i32.const 64
  i32.const 32
  local.get $0
  select
  memory.copy
  local.get $0
  if
   i32.const 2352
   i32.const 2544
   i32.const 1
   call $assembly/sha512/sha512Blocks
  else
   i32.const 2352
   i32.const 2544
   i32.const 1
   call $assembly/sha256/sha256Blocks
  end
  i32.const 0
  local.set $2
  loop $for-loop|1
   local.get $2
   local.get $3
   i32.lt_u
   if
    local.get $2
    i32.const 2544
    i32.add
    local.tee $4
    local.get $4
    i64.load
    i64.const 7668058320836127338
    i64.xor
    i64.store
    local.get $2
    i32.const 8
    i32.add
    local.set $2
    br $for-loop|1
   end
  end
  i32.const 2416
  local.get $0
  if (result i32)
   i32.const 1088
   i32.const 1024
   local.get $0
   i32.const 1
   i32.eq
   select
  else
   i32.const 1792
  end
  i32.const 64
  i32.const 32
  local.get $0
  select
  memory.copy
  local.get $0
  if
   i32.const 2416
   i32.const 2544
   i32.const 1
   call $assembly/sha512/sha512Blocks
  else
   i32.const 2416
   i32.const 2544
   i32.const 1
   call $assembly/sha256/sha256Blocks
  end
  i32.const 2544
  i32.const 0
  i32.const 128
  memory.fill
  i32.const 2480
  i32.const 0
  i32.const 64
  memory.fill
  i32.const 2080
  i32.const 0
  i32.const 256
  memory.fill
  global.get $assembly/layout/IN
  i32.const 0
  local.get $1
  memory.fill
 )
 (func $assembly/index/resPtr (result i32)
  global.get $assembly/layout/RES
 )
 (func $assembly/index/ownKeyPtr (result i32)
  i32.const 5072
 )
 (func $assembly/index/outPtr (result i32)
  global.get $assembly/layout/OUT
 )
 (func $assembly/index/membersPtr (result i32)
  global.get $assembly/json/MEMBERS
 )
 (func $assembly/index/maxToken (result i32)
  i32.const 65536
 )
 (func $assembly/index/keyStatePtr (result i32)
  i32.const 2352
 )
 (func $assembly/index/inPtr (result i32)
  global.get $assembly/layout/IN
 )
 (func $assembly/index/encode (param $0 i32) (result i32)
  global.get $assembly/layout/IN
  local.get $0
  global.get $assembly/layout/OUT
  call $assembly/base64url/encode
 )
 (func $assembly/index/decode (param $0 i32) (result i32)
  global.get $assembly/layout/IN
  local.get $0
  global.get $assembly/layout/DEC
  call $assembly/base64url/decode
 )
 (func $assembly/index/decPtr (result i32)
  global.get $assembly/layout/DEC
 )
)
