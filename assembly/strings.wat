;; The string pump (built by scripts/build-strings.mjs into build/strings.wasm, embedded as
;; src/runtime/strings-bytes.generated.ts): ASCII text between JS strings and the HS
;; module's memory through the JS String Builtins (wasm:js-string), where the runtime has
;; them (Chromium 130+, Deno 2, Node 24; not Node 20, Bun, Safari). In Chromium a token
;; through TextEncoder.encodeInto and a payload through TextDecoder.decode each pay a fixed
;; binding cost per call, together about a quarter of verify+decode (bench/browser-profile.mjs,
;; 14% and 10%); these builtins are calls from wasm without it. Where they are missing, this
;; module does not link and src/util/wasm-text.ts keeps TextEncoder/TextDecoder.
;;
;; Hand-written text, not AssemblyScript: the builtins move UTF-16 units through a GC
;; array of i16, a type AssemblyScript 0.28 cannot declare. Only ASCII passes: put reports
;; any unit above 0x7f and get refuses any byte above it, so UTF-8 decoding, BOMs and lone
;; surrogates always take the TextEncoder/TextDecoder path, unchanged.
(module
  (type $units (array (mut i16)))
  (import "wasm:js-string" "intoCharCodeArray" (func $into (param externref (ref null $units) i32) (result i32)))
  (import "wasm:js-string" "fromCharCodeArray" (func $from (param (ref null $units) i32 i32) (result (ref extern))))
  ;; The HS module's memory (fixed size, so nothing here can detach or outgrow it).
  (import "jwt" "memory" (memory 1))
  ;; 65536 units: MAX_TOKEN (assembly/layout.ts); JS never passes longer text.
  (global $buffer (ref $units) (array.new_default $units (i32.const 65536)))

  ;; Writes the string's UTF-16 units as bytes at memory[at, at + s.length) (the caller has
  ;; checked the length) and returns every unit ORed together: above 0x7f means the text
  ;; was not ASCII, and the caller must not use those bytes.
  (func (export "put") (param $s externref) (param $at i32) (result i32)
    (local $n i32) (local $i i32) (local $c i32) (local $any i32)
    (local.set $n (call $into (local.get $s) (global.get $buffer) (i32.const 0)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $c (array.get_u $units (global.get $buffer) (local.get $i)))
        (local.set $any (i32.or (local.get $any) (local.get $c)))
        (i32.store8 (i32.add (local.get $at) (local.get $i)) (local.get $c))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $any))

  ;; The string of the n ASCII bytes at memory[at, at + n) (n <= 65536), or null if any
  ;; byte is above 0x7f: that text is UTF-8 for TextDecoder.
  (func (export "get") (param $at i32) (param $n i32) (result externref)
    (local $i i32) (local $c i32) (local $any i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $c (i32.load8_u (i32.add (local.get $at) (local.get $i))))
        (local.set $any (i32.or (local.get $any) (local.get $c)))
        (array.set $units (global.get $buffer) (local.get $i) (local.get $c))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (if (i32.gt_u (local.get $any) (i32.const 127)) (then (return (ref.null extern))))
    (call $from (global.get $buffer) (i32.const 0) (local.get $n)))
)
