(module
 (type $0 (func (param i32 i32)))
 (type $1 (func (param i32 i32 i32)))
 (type $2 (func (result i32)))
 (type $3 (func))
 (type $4 (func (param i32) (result i32)))
 (type $5 (func (param i32 i32 i32) (result i32)))
 (type $6 (func (param i32 i32) (result i32)))
 (type $7 (func (param i32 i32 i32 i32 i32 i32)))
 (type $8 (func (param i32 i32 i64)))
 (type $9 (func (param i32)))
 (type $10 (func (param i32 i32 i32 i32)))
 (type $11 (func (param i32 i32 i32 i32 i32 i32 i32)))
 (type $12 (func (param i32 i32 i32 i32 i32) (result i32)))
 (type $13 (func (param i32 i64 i32) (result i32)))
 (type $14 (func (param i32 i32 i32 i32) (result i32)))
 (type $15 (func (param f64 f64) (result i32)))
 (type $16 (func (param i32 f64 f64) (result i32)))
 (global $assembly/pk/layout/KEY (mut i32) (i32.const 0))
 (global $assembly/layout/RES (mut i32) (i32.const 0))
 (global $assembly/json/members (mut i32) (i32.const 0))
 (global $assembly/pk/layout/EXPECTED (mut i32) (i32.const 0))
 (global $assembly/pk/montgomery/ACC (mut i32) (i32.const 0))
 (global $assembly/layout/IN (mut i32) (i32.const 0))
 (global $assembly/pk/layout/DIGEST (mut i32) (i32.const 0))
 (global $assembly/pk/montgomery/T (mut i32) (i32.const 0))
 (global $assembly/pk/montgomery/D (mut i32) (i32.const 0))
 (global $assembly/json/MEMBERS (mut i32) (i32.const 0))
 (global $assembly/base64url/invalid (mut v128) (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))
 (global $assembly/pk/layout/HASH_IN (mut i32) (i32.const 0))
 (global $assembly/pk/p256/infinity (mut i32) (i32.const 1))
 (global $assembly/pk/p384/infinity (mut i32) (i32.const 1))
 (global $assembly/pk/p521/infinity (mut i32) (i32.const 1))
 (global $assembly/pk/layout/EM (mut i32) (i32.const 0))
 (global $assembly/layout/DEC (mut i32) (i32.const 0))
 (global $assembly/pk/montgomery/X (mut i32) (i32.const 0))
 (global $assembly/pk/montgomery/S (mut i32) (i32.const 0))
 (global $assembly/names/textTop (mut i32) (i32.const 0))
 (global $assembly/json/generation (mut i32) (i32.const 0))
 (global $assembly/json/textTop (mut i32) (i32.const 0))
 (global $assembly/layout/OUT (mut i32) (i32.const 0))
 (global $assembly/pk/pss/H_PRIME (mut i32) (i32.const 0))
 (global $assembly/names/SLOTS (mut i32) (i32.const 0))
 (global $assembly/json/STACK (mut i32) (i32.const 0))
 (global $assembly/json/entryCount (mut i32) (i32.const 0))
 (global $assembly/pk/p384/gReady (mut i32) (i32.const 0))
 (global $assembly/pk/p521/gReady (mut i32) (i32.const 0))
 (global $assembly/names/ENTRIES (mut i32) (i32.const 0))
 (global $assembly/names/count (mut i32) (i32.const 0))
 (global $assembly/json/ENTRIES (mut i32) (i32.const 0))
 (global $assembly/json/TABLE (mut i32) (i32.const 0))
 (global $assembly/names/TEXT (mut i32) (i32.const 0))
 (global $assembly/names/epochCount (mut i32) (i32.const 0))
 (global $assembly/json/TEXT (mut i32) (i32.const 0))
 (global $assembly/json/escaped (mut i32) (i32.const 0))
 (global $assembly/json/objects (mut i32) (i32.const 0))
 (global $assembly/json/decodedUnits (mut i32) (i32.const 0))
 (global $assembly/json/numberIsInteger (mut i32) (i32.const 0))
 (global $assembly/json/sawNonAscii (mut i32) (i32.const 0))
 (global $assembly/layout/SCAN (mut i32) (i32.const 0))
 (global $assembly/layout/SCAN_END (mut i32) (i32.const 0))
 (global $assembly/pk/layout/WORK (mut i32) (i32.const 0))
 (global $assembly/pk/edwards25519/baseReady (mut i32) (i32.const 0))
 (global $assembly/json/lastHash (mut i32) (i32.const 0))
 (memory $0 24 24)
 (data $0 (i32.const 1024) "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
 (data $1 (i32.const 1088) "  \01\02\04\08\04\10        ")
 (data $2 (i32.const 1104) "%!!!!!!!!!#;;:;3")
 (data $3 (i32.const 1122) "\11\04\bf\bf\b9\b9")
 (data $4 (i32.const 1137) "\01\02\03\04\05\06\07\08\t\n\0b\0c\r\0e\0f")
 (data $5 (i32.const 1152) "\08\c9\bc\f3g\e6\tj;\a7\ca\84\85\aeg\bb+\f8\94\fer\f3n<\f16\1d_:\f5O\a5\d1\82\e6\ad\7fR\0eQ\1fl>+\8ch\05\9bk\bdA\fb\ab\d9\83\1fy!~\13\19\cd\e0[")
 (data $6 (i32.const 1216) "\d8\9e\05\c1]\9d\bb\cb\07\d5|6*)\9ab\17\ddp0Z\01Y\919Y\0e\f7\d8\ec/\151\0b\c0\ffg&3g\11\15Xh\87J\b4\8e\a7\8f\f9d\r.\0c\db\a4O\fa\be\1dH\b5G")
 (data $7 (i32.const 1280) "\"\ae(\d7\98/\8aB\cde\ef#\91D7q/;M\ec\cf\fb\c0\b5\bc\db\89\81\a5\db\b5\e98\b5H\f3[\c2V9\19\d0\05\b6\f1\11\f1Y\9bO\19\af\a4\82?\92\18\81m\da\d5^\1c\abB\02\03\a3\98\aa\07\d8\beopE\01[\83\12\8c\b2\e4N\be\851$\e2\b4\ff\d5\c3}\0cUo\89{\f2t]\ber\b1\96\16;\fe\b1\de\805\12\c7%\a7\06\dc\9b\94&i\cft\f1\9b\c1\d2J\f1\9e\c1i\9b\e4\e3%O8\86G\be\ef\b5\d5\8c\8b\c6\9d\c1\0fe\9c\acw\cc\a1\0c$u\02+Yo,\e9-\83\e4\a6n\aa\84tJ\d4\fbA\bd\dc\a9\b0\\\b5S\11\83\da\88\f9v\ab\dff\eeRQ>\98\102\b4-m\c61\a8?!\fb\98\c8\'\03\b0\e4\0e\ef\be\c7\7fY\bf\c2\8f\a8=\f3\0b\e0\c6%\a7\n\93G\91\a7\d5o\82\03\e0Qc\ca\06pn\0e\ng))\14\fc/\d2F\85\n\b7\'&\c9&\\8!\1b.\ed*\c4Z\fcm,M\df\b3\95\9d\13\r8S\dec\af\8bTs\ne\a8\b2w<\bb\njv\e6\ae\edG.\c9\c2\81;5\82\14\85,r\92d\03\f1L\a1\e8\bf\a2\010B\bcKf\1a\a8\91\97\f8\d0p\8bK\c20\beT\06\a3Ql\c7\18R\ef\d6\19\e8\92\d1\10\a9eU$\06\99\d6* qW\855\0e\f4\b8\d1\bb2p\a0j\10\c8\d0\d2\b8\16\c1\a4\19S\abAQ\08l7\1e\99\eb\8e\dfLwH\'\a8H\9b\e1\b5\bc\b04cZ\c9\c5\b3\0c\1c9\cb\8aA\e3J\aa\d8Ns\e3cwO\ca\9c[\a3\b8\b2\d6\f3o.h\fc\b2\ef]\ee\82\8ft`/\17Coc\a5xr\ab\f0\a1\14x\c8\84\ec9d\1a\08\02\c7\8c(\1ec#\fa\ff\be\90\e9\bd\82\de\eblP\a4\15y\c6\b2\f7\a3\f9\be+Sr\e3\f2xq\c6\9ca&\ea\ce>\'\ca\07\c2\c0!\c7\b8\86\d1\1e\eb\e0\cd\d6}\da\eax\d1n\ee\7fO}\f5\bao\17r\aag\f0\06\a6\98\c8\a2\c5}c\n\ae\r\f9\be\04\98?\11\1bG\1c\135\0bq\1b\84}\04#\f5w\db(\93$\c7@{\ab\ca2\bc\be\c9\15\n\be\9e<L\r\10\9c\c4g\1dC\b6B>\cb\be\d4\c5L*~e\fc\9c)\7fY\ec\fa\d6:\abo\cb_\17XGJ\8c\19Dl")
 (data $11 (i32.const 2465) "\01\02\03\04\05\06\07\08\t\n\0b\0c\r\0e\0f")
 (data $13 (i32.const 2552) "\ff\ff\ff\ff\ff\ff\ff\ff")
 (data $14 (i32.const 2560) "010\r\06\t`\86H\01e\03\04\02\01\05\00\04 ")
 (data $15 (i32.const 2579) "0A0\r\06\t`\86H\01e\03\04\02\02\05\00\040")
 (data $16 (i32.const 2598) "0Q0\r\06\t`\86H\01e\03\04\02\03\05\00\04@")
 (data $17 (i32.const 2617) "\ed\d3\f5\\\1ac\12X\d6\9c\f7\a2\de\f9\de\14")
 (data $17.1 (i32.const 2648) "\10")
 (data $19 (i32.const 2688) "\a3xY\03\84r\d3\00\bdn\15\03\0e\nj\00)\c0\01\00\98\e8y\01\bb<\a0\03\98q\ce\01\ff\b6\e2\02\b3\rH\01")
 (data $20 (i32.const 2728) "Y\f1\b2\02\t\e5\a6\01z\dd*\02\1d\14\d4\00R\80\03\000\d1\f3\00wy@\031\e3\9c\01\ffm\c5\01g\1b\90")
 (data $21 (i32.const 2768) "\b0\a0\0e\02\d2\c9\86\01\9d\18\8f\00\7fi5\00`\0c\bd\00\a7\d7\fb\01\9eL\80\02ie\e1\01\1d\fc\04\00\92\0c\ae")
 (data $28 (i32.const 3080) "\1a\d5%\03#X\8b\01*Y\f6\00-\a9\04\01\1d\b3\a4\01\\\dc\d6\01\fe\18q\02\14\d8\7f\00\e5\d6<\01\db\a4\85")
 (data $29 (i32.const 3120) "Xff\02\99\99\99\01\cc\cc\cc\00333\01\99\99\99\01fff\00333\03\cc\cc\cc\00fff\02\99\99\99\01")
 (data $30 (i32.const 3160) "\a3\dd\b7\01\e9\ac\a2\01\bb\ad^\02\8a\ba\03\00~\c2\83\00}\e3\ab\002G\'\01\dd\ac\cc\00\b7x\fd\00|\1d\9e\01")
 (data $48 (i32.const 46176) "\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\01")
 (data $48.1 (i32.const 46202) "\04\00\00\00\e0\1f\ff\ff\ff")
 (data $49 (i32.const 46212) "\f8\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\0f")
 (data $49.1 (i32.const 46238) " \00\00\00\00\1f\ff\ff\ff\07")
 (data $50 (i32.const 46248) "Q%c\1c\17V\ce\1d<\a1\e7\05N[\f5\r\ce\fb\ff\1f\ff\ff\ff\1f\ff\ff\03\00\00\00\e0\1f\ff\ff\ff")
 (data $51 (i32.const 46284) "\ae\da\9c\03\e8\a91\02\c3^\18\1a\b1\a6\n\121\04")
 (data $52 (i32.const 46321) "\0c\00\00\00\00\00\00\00\00\ff\1f\ff\ff\df\1f\ff\ff\bf\1f\ff\ff\ff\1f\ff\ff\ff\1f\fe\ff\ff\1f\13")
 (data $53 (i32.const 46356) "\f5\9e\8d\14u\7fN\0fQ\a6\c6\14e\b7\f8\03\f1aX\16\d8\d7V\12#[\18\1c\0f\abL\rU\b6\84")
 (data $54 (i32.const 46392) " ")
 (data $54.1 (i32.const 46405) "\c0\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\7f\1f\ff\ff\ff\03")
 (data $55 (i32.const 46428) "\e0U\9b\13\03=5\06b\d8\0b\03:\96T\012\86\00\00\00\00\00\00\00\00\80\1f\ff\ff\ff\03")
 (data $56 (i32.const 46464) "\fb\bb\97\18)b\df\1c\c4\86\84\01!(s\01\e0Y\ad\1d\12r\bf\n\10\d1\06\1a \1dr\17\c3\00\86")
 (data $57 (i32.const 46500) "\ff\ff\ff\ff\00\00\00\01")
 (data $57.1 (i32.const 46520) "\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff")
 (data $58 (i32.const 46532) "\ff\ff\ff\ff\00\00\00\00\ff\ff\ff\ff\ff\ff\ff\ff\bc\e6\fa\ad\a7\17\9e\84\f3\b9\ca\c2\fcc%Q")
 (data $59 (i32.const 46564) "\ff\ff\ff\ff\00\00\00\01")
 (data $59.1 (i32.const 46584) "\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\fd")
 (data $60 (i32.const 46596) "\ff\ff\ff\ff\00\00\00\00\ff\ff\ff\ff\ff\ff\ff\ff\bc\e6\fa\ad\a7\17\9e\84\f3\b9\ca\c2\fcc%O")
 (data $61 (i32.const 46640) "\83\87\"\15\18\d40\07\cf\0b\b0\r\fb\11\7f\05u\eb \n\"v\b7\12\b9\fd0\03W\dd\f4\1a\ee\0b\12\00P\c1\aa\12\ceWS\12\ef\e6\"\0f\86\0e9\0e\95\16K\06\1f\d2\8d\08Ct\a9\02v!\96\02\e3?\ae\00\e4$x\1dN\90?\0c\fd\df\0f\0c\1fz\12\1eO`1\19\bb|\d8\1d\bbV#\1f\d1\fd[\1fGm\d2\00z\fdt\10\c9\1f\\\0c\82\d5\f0\0f\18\0e\eb\11|\b0\1c\13\ee\a2\11\03\04AT\030\1f\d6\nE\r\be\00\b9>\8c\0b\c4\ae\8a\1b\f0\ed\9b\n.s&\19\d8!\19\04l\07\ad\1aZ\0e\e6\03\8f\14D\19\c0\f2 \00\0e\e2I\17\e7J\9b\10Y_A\1cz\dd;\1a\8a\e7\d0\1e\a1\e7w\18T\a0\e2\n\a4Gw\0e\d7\0et\00\e2i\e7\02\a0N5\06:\b8\07\00\8f\f0\84\00\a4W\10\16;\c2P\0bU\1f\f2\01\f8HL\07#Jw\00\bd\a9s\0b?0\d0\07B\e9\de\13i]\bc\1c\85\ce*\03\94|\c7\1d\9d\c9\83\13!\90X\19\"\bb]\00\1c\1d\c4\t&\8fn\t\ae\0bB\1di\1e\fb\0f\cdW\01\16\8eLD\00N`&\15\85\13C\07\10f\0b\00\81b\e6\0b\a4zw\17\f5\18/\n\97q\fb\1e^\ad4\1e\12\8b\a8\19\00\b7\91\r~\r\16\189\cb\0c\00\87\80\bc\08b\n&\1dS\07\ff\1e\9fM\e5\01\c8;k\15\c1\daX\01\d2\f9s\19Arr\06\1e\12\ce\00\r\d1\89\12+a\85\16\d3@\0e\1b_\9f\e7\04\1fJz\08\d6\ea\91\08\d5\06\d2\06\e2\96$\11\04`\12\00.\e1\da\05Kc%\04fn\98\1e[E\da\19j\1c\"\10\e9Y\f5\03j^\a6\0c\ddV\0e\13\f5\8ep\00\ff/\dc\01\c0\90+\15\ab\19\97\16\0b\df\e3\00\e9\d0\82\17\f5\d1+\022hB\0b\de\9e\07\0b\ed\10x\00|\ab\00\0c\bc\b7\d8\1c\95[\f2\13\b8]\fb\08\98\07\e0\06\19HN\02\ba\19\87\04hO\ab\0f\c8AU\00\a4\8bx\10cOR\18\05*\d9\00\a9\08U\r\cc\ae/\0f\a4x\e7\r\d3w\"\1a\b7\e6A\n\e1B\08\00\b8\93\8b\07\d5\cb\1d\t\b8\dc\bb\10\02{-\t\ec\e2\ff\1b\e2\cfR\17\9cx\f8\06]\e9\b1\0c\81k4\00\fd0\f3\1c\93F1\1d\13q\c0\05\'\00\cc\0f\eb\nv\07\88\d1\f0\07\12\a7\a3\07\0f\d3i\1cD\a2z\00\1f]\b3\0c\a5\ba\12\t\f5w\0b\rxK\ae\0el\d0X\03\c4Rw\07\11B\e0\1d\0f_\82\04\85\8b\ca\00~-\8d\t\dc\e7\e9\16i)\be\0b\ea\82\12\t\0c\b0\82\11P9\be\t/\b3J\1deIt\19\c4\1d\e4\00\1dA\b6\06\c1\ecL\0e\b1\ea\a3\1f\e0\17\99\0c\c3\e9`\16\f3\a3\c5\06(\95\c2\1d\8b\9d\a5\16>[\9d\008\b7\dc\10\e2\b2\d4\1d\94\0f\e3\19\ee\f0o\0b\1f6H\13\c2\fa\e7\03\81:]\11\fe\1d%\n\be\da\10\00\15\r\8a\1c-Sv\18\a7w\fb\10\8b\fd\f9\t\8fo\d2\00\845*\1a/A\14\01\fd\9e\fc\12O\9d\e5\000\b5\f0\08\9e\fb\a4\00\1bP\fa\0c\ca\e9&\t\fb\cb\e3\1e\c2\1a7\01G\03d\17\99\ddA\10\0f\rz\00\f2\f3\f0\06\d8\ac\19\03%\85=\1bZ\97\'\r\83\df^\07\1f/3\13\cc\ca)\17\a8\0c\d5\0f]\e8\cc\00\0fE\cc\12\b4\fe\c9\r\\\82\ca\01\fdr\c4\18\98-\dd\03s\9b\9c\05D\03\cd\13e\de;\0f\b8\91r\00\93\d6_\1c\97\f4*\0c!\98\98\1b\af\c5\b5\10\d4\a6\af\1b\ff\84\b0\1ed\e9\d8\14\1d\df\1b\0f\a9T\f1\00\05\ce+\11\t\ba\b7\00\90\c4\da\1fm\ed\9b\11\a1wv\19\b4\8e\87\10\e8\cb\82\18x/\01\04\rb\a8\00\\&\dc\0c\cbj\b4\1d\f2\02\c4\12dK\8e\05}\e3\c5\13{1p\028%\da\03\f5\80\a1\08+\dfL\00&\13\11\04\\sf\1b\c6\1c\c5\18\be\dc\11\t\8e ?\03\c6w\97\134K\ad\r\88\efh\t\85\02\f3\002\f1\bf\ngi<\17\177\bf\00\cc\ad\f9\1dy\ba\1b\00v\cf\d3\t\b4z\ff\19\1e\f2\07\05\9f\b8\91\00>S\a6\14N\81\fe\t\cfF\01\1b:j(\07$[\f8\07\80\c9\d0\1fvv\85\02\1d\ed\f5\08\12]q\00\86\a6\c8\0c\0fV\14\158\1c\88\07\da\06\9f\0b\9d\0bs\15xU\e6\n\e2\04>\06\c4\12\81\04\r\8d}\006>\d8\11:+\83\04V{\af\1e\11\eaI\14\13\aa\e8\n\f1c\f7\04\b0\84$\02\8f\bd\cc\11`\88-\00\b9\de\cf\18\de\7f\84\16\e8\bf\b5\13\cf\d6\18\19]\e8\90\t+\fcN\13 \c7!\10\94\8f*\1cp\81L\00%Um\1d\8c\90\01\1a)\ab\96\02\1e\0b\03\0cxb\ee\157\b2&\11Ur\fe\1b\eb\d1\ce\n, u\00\a4\16\c1\19\8c\c5{\06\02\a8j\1c\c5\17c\11ll\r\10}g\ea\1aE\ba\d2\15S\8e\fe\1fpt\ec\00\cbv\9d\07}\8aD\0b\t\85\c2\06\c8\85\8f\16[\cfY\0c\84UQ\0e^\1fO\14\"\02\e8\0e(l\16\00K(8\0b\a0\88\94\18N5\9a\1c\c2)\c5\19\b5\de\c8\0c\b3o\d1\17\91G\d7\15\1a\c68\12\98|\n\00\01\f3\a5\18c#}\18\16\b7C\14`\9e\d9\t\89]8\16\e7\14\ae\0f2\dc\1f\04\90d\c4\15\1cx\81\003\d2E\1a.I`\r\12\13A\19\c15-\18\bf\df\e2\04\e2\9cS\11\08e\ab\07\85\05\cc\01J\01\02\00\feQ\8c\0b\a3\a2\da\10\b5=\d2\14\1fvK\13\f2m\9d\13}\d5\91\05\99;k\1d)!\ce\13\dd\7f\e1\00\c2\a0O\11$\fd?\12\7f\d2\9f\03\e2\1d\ed\0f\8b\01\03\13EW\00\19\d6\ecS\nf\c06\r\bb\90\f3\00\88\cd\d2\14ab\b0\01\d2E-\07\b7\aa\14\14\05\9b0\06j^\ba\13\e6H/\10v\cbV\1f\e9+\ef\00\fd7\af\19\d5\cc&\04\f7\c0p\03\1b\ab\02\05e\00\b0\1ewt\05\0eE\8f\99\1b\c9\08V\15\a6\ef)\00ZCt\05x\96\cb\07:.\9d\19\caI\1a\11J\8a\03\19\80\7f\ec\r{\97S\1a\9ag\f3\1b\7fY\e7\00\e9\12\ec\14\ca\13u\1cA1\c8\01\b2;\ea\13\c4\14\8e\05\af\15\c7\1eW\90\91\1e/\9e\ce\14.\d3r\00\d3\c1:\04\d9\ccU\07\10\99P\16\eb\f8\83\13(7\a9\07\d9\de\15\15\ce@6\13\f4w\17\1c\r\ffw\00u\9a\d5\1e\1fB\0b\15\0cIH\03\f7\ea \01\ce\ffO\02f\87\"\0bh\a6\ab\15l\df\de\03\c1|{\00\1a=!\02^(\92\1c\1b\d4\da\02\19\c9I\1f(L\b0\1d\18x/\19z\bc\be\1a\e8\1f\t\1f\ef\80r\00:\99\ec\07;\1c\ec\0c\84\fa\f9\16\97S.\10\17\c4\a9\111\f4R\18\f5\0e\85\01\91\fe\b0\18\c1\d7A\00z\d4\83\04s\a7N\0b\b8)\fb\12\86\e3F\14\e2\c3\c4\18\81&\d8\03\f1\d2d\160\d5\cb\11p<\e6\00\bd\b1\89\rT8\96\15\b9\cc3\12\bc\ea\f0\0f8\bf\b2\19\8a\8c\da\1eE\97\d4\17\d2\98a\181F\87\00\9fL\96\03\c3A\7f\16\00\94\9f\08\88\96\db\0bp{.\03\fe\ca-\r\de\aa\\\01J\19\ed\08K;t\00k\d0\n\06\e7\f9\bb\0b,1\df\1a\fb\abo\t\ddc\82\t\81l\a4\04\87\f5Z\0e\c3\dc\fe\07\89\d0\9d\00\c4{\05\03\a0\c5\95\14U\a75\1d\89\df\e1\07\eb\dc\95\11Q\0e\88\06\b5gQ\1a\cf3E\00(\00\bd\00\18EY\19z\e72\08\f6I\d9\02\ce\c1\95\1a\fd7p\1e\ea\d1?\0e\tA\a3\053>\ab\04\06S&\00;\cb\93\15*\db\f2\t\c8U\c1\0b\987\83\01\90\ae\02\14\b7y,\03\93\d5\f6\12\d8\05`\1b\d8\98H\00\c9Q\d5\08\\\d6N\14N\8b\1e\034\d8t\15\01Bl\18\17-\aa\1e\93\cb\c1\1bNuK\0fcu\85\00\94\e0L\08\15\0c\e9\04\04U_\1f\r\c24\1f\15\ef\f0\0fG\ce\17\10\fb(c\05\ea\ed\9b\033I\0c\00\93\99\80\t\7f\1a\eb\07\b3!|\02PD\88\19\aa\b2\14\n\eb\ec7\05\fb\e6\ec\1c\d7\0c\ce\1c\94H)\00!ms\1d\db\19\f8\1a\bfn\a8\01\b59\a0\15x\8eD\17K\a4m\06\c22\d7\19o\af<\02\f0x\a3\00\a0\fc#\1f\9f1\d9\13\c6mw\0c\14<\00\128\07L\16,\18)\03\bb\e1\ca\06Z\f1\0b\12\86t\ec\00R\d7\ce\078\d5\04\1c\83\bb\0c\14\93\fcK\0e1Y\c1\1b0\12\f9\08\be_\01\18mVB\07@\ed\10\00eW\1a\14\16\c5/\12|\ca\a4\11\98\fcZ\10\b9\1a\16\19b|\a5\13\e7 \b5\1f\99m\94\08,\cd\eb\00\fe\f2\02\14\f5\0b\c7\15\e0\92\0c\0b%\1c\13\rAz\a4\16\fdqp\13\8dH\n\1d=\bc\f5\1d\"\1f\c9\00\c32\df\1b\b5K\91\10\04:\8f\0e\cf\c2 \07m9\ec\1c\d5\b39\1d\e0\f4T\t\80=S\18\1dg\e6\00\1a\15o\n/\r]\t\8f\ri\06\c0\97\b1\10\e9Y!\05\fe\b5\0e\04!L\cf\16\"\02\d2\17q\80\cd\00\t \81\ta0+\19\a4^\12\06@]H\141\b5C\1fK\ec\87\1c\a6\a9\1b\1e\d2p\ff\11\ce\feK\00\fd:\d4\0f\1d\b8\96\01FC\90\16)\a6$\n\9eq\dc\1a\bb<\9e\10f\ab\n\1b\96\16\a8\1cO\\\8e\00\b8\db\ea\10\b82y\19E\0f\f3\11_\8c\94\01\9d\daI\t\1c\ee\93\t\8an\01\070\fee\00\c3]\15\00u^\d1\02l\b9\ed\04\ae\a8C\17\e6\c2\ef\11\c7\cal\08\db\n\f2\16m\fd\02\00\ab\10\08\t\19\bd\aa\00\17y\a4\12\90\19\92\02.\0b:\0e\e8\ba#\19^L\b5\n\9e\0c\f6\14\c6,\e8\1c\d1<\19\0f\83\"\9d\00\0e17\1f5\84}\19\d7\b4\ad\03\81p\98\16!\04\d8\0e\14\19)\02\b7\03\e6\19\e0\f1\d3\06{\1b\a4\00\dc\80\1d\nx\b0\00\032{\86\10N\'.\0e\b4X;\07\ab4\de\08\8c\19Y\1c.\cb\c1\14\fc\n\ee\00\ea\1b\cf\13\b5B\c0\10\e7\95\f2\1ee\f3y\04\f9\99\94\14\0c\ee\c3\06\d10\fb\1d\1e\14.\t\98\14\c4\00\11\b4\d8\16\04\15\ca\19%\1c\1d\07<$\ce\1bBj\00\18\86\d9\cb\0bia\db\1e\a3Hf\t\db\a8~\00|x\c4\1aL\a4U\06\8e\d6r\1c\n\dc\c5\19\d9l\ce\1f\0b\eaN\0bB~\a6\06\fa\10\bd\1e\9d\ab\03\00\89\ec\c7\00\be\ca\ea\1f:M\d0\039\dd\d0\0br6\95\15\07\ad\91\10\n\12\c6\074\9bT\0f#\8ba\00]\d3\"\1e\92\fd\dd\02j\91\1c\19/\d9j\0c]\c7^\05\1aip\07\f4\f4\9a\0c\87\00\06\03_\f3|\00\82\98\e3\0b;\e6|\114\13s\19\a1\af\ba\14\\o\88\04_\90\"\17=\84\d5\07\dd\ab\b9\18\10\ee@\00_\bd\1d\0b\10IN\04[\eaP\06\8e\af8\04\ea\049\12\85\03F\10[yJ\11A\8d\d9\0f\8f\16\f9\00a\da_\1fm\8d@\17\b3C\ac\10Y\cc\94\05@g@\1f&\b7\c0\1e\nN\1a\r[m\d2\r\b2\9f!\00\a3^\81\18\a3\aeK\0f\1a\8fO\t\84\ee\b6\1a\d3h\d0\19\07\e2\a1\14\b3(\da\1c{\ec\80\13d\'\c5\00\a6\17\01\0b\82\85:\r\cb\13H\17\f5\c3-\0f\b8\a3\a2\13!\16\a9\08;\1e\1a\19\f4\b5J\17\d0\ae\d9\00\89T$\05\b2\05\9d\1b\1e\07\b3\14\e8\a4\1f\12)\c9\8e\17.\cd\fb\1dHV\d4\06\feA4\02\f4j\bd\00v\d8\99\12 \c8\9a\06\b6e\b8\1b\0e\e4\e1\1e\ed2\1b\12\95\85\c4\06\01\f56\1eG\8b\d5\1ch\97\d5\00\af\b0\d3\nDa\c4\16\e6\ebH\04\fc\87\8d\022\86\fb\02Z\8dT\19\98z\'\04\af&=\1d,3\b2\00ln\0c\12a\e5}\1b\a9\ad\ac\0c\e6\a2\b7\0e\1b\0bm\18\e5Y*\1b\a3]\16\01\a1\d3\f3\10\16c\c0\00ToI\17\12\cd\1c\16\e8UA\012\d6\aa\163\e7\1b\06!\eb\ae\13\b1\c3:\1eu\e3\e8\r#\a6\8c\00\c8t\9e\0f\be\82\90\0em\a1\93\13%\9f\a4\0e\r\99S\11\n\ea\8a\0e\16E\d9\19\"\a6\bb\06\db\94\t\00\067$\0b\00]\9c\1e\eb\cf\df\1c9E\fc\05\c5\ea\85\1b]\d7\00\06\da\b1\b8\03\fa\caG\1b\c2F\16\00Kf?\13TX\d8\04\03\b8u\05\eaG\b6\0e\cf\f6\8a\1d\8e\d0r\17\\\9fb\0e\b8\ae\8e\1c\f4\08\f8\00q\97L\t\e5Y\d1\17+ \bf\04\r\cf\06\08\c4\10\1b\01\06\ce\82\02\a7\b5\12\16\eaYL\16o\0fm\00\d8\a3\92\12\da\9cf\19O\c7\a0\06\ae)c\1d\d5\96H\rB}A\07\08\19\9d\13\80yw\t\d5\cc\f1\00\93,w\nJ\83\c0\16(\80\19\01\d8\19N\07\cb\f8/\11\\\8c\c5\05\afZ9\0f\17/n\0c6\13\n\00ug\99\10\16\fa5\t=\ef4\1f\f5?-\14,\ae\d0\02\8c2@\1a\ff\d4\e1\0b\cd\1b\99\14\d7~\88\008\ef\d4\16|V^\17\a7\f2\06\19\84\012\0b\9c\9c\a0\07\90\b8\c2\0b,\a1\fc\0f\af\b2;\02\abe\fe\00_\c1d\14\02\ea\86\1b\"Z\dd\04Ze\90\15\a3\18\99\00\89Xe\r\9a\19\90\10\90u\fe\18\tw\14\00\05\a0g\10\f0\a0\cf\1a\c0j\e9\13\d5\04\ef\t\10\8a}\0e\cf\dd\da\06\afI\02\19gt\b3\1c\ee\8bL\00Z\9c\e3\1c\f8[\d2\05e\d0.\14\89M\12\17\9d@\84\1dxv\d8\07 \7f\9b\0c\8e\be7\05\d4&-\00\0e\da\a2\07\af\84\8d\10\d8\81V\0e\c1$[\18\d2\e5/\1b\be\'o\1e\9bJ&\0e\d1\'o\t\d3Z8\00\b1P\a7\19\cd\84\dd\1b\01\d1g\1exI@\0e\0f\":\0b1S\95\1eD\ed\0f\121:8\18\00h\b0\00\e4\1e\c7\0e*\eb\c0\0b\8a40\14\83\90)\18\d9\8c\81\1b\12l.\0c\cc\f7\f8\06\f0\03^\16c\cd\ac\00\feI\b1\1dM\9f\e8\073\ab\bc\13\da\b4j\18\"K)\1f\cc1\93\0f{K\16\04\b5\a1)\02\d1ON\00\e3+%\08\b8K\89\14|\88\1e\08\81\0c\dd\03\fdaM\12\07\f4~\1c\c0b$\0e\f8m[\05\1c\190\006H\c3\1b\c5\84\8c\14<B\b4\0c%fR\14+\ab\93\03\f2o\e8\0bR\fe\c5\04G\06i\047\eb\bf\00\d1\90)\01e\1d\dd\11v\0e\80\0erE\95\01\f7\aa\af\03\e5\864\1a7V\9a\r0\dd\r\10L\fc\d2\00\bcP\b9\0b\e3\03\b0\0eA\07\8c\1cxT>\00\00\fa\f1\06_sF\17\87Tn\16\0f%\e3\08\06O\d5\00\e2\1a\87\14\b6\d5\ec\14t\a0\88\0fi\ba>\18V\80\d7\03a\b1\b8\08\ab1\18\16\'\94\dc\04\b8\17s\00\c0\8d\1e\0e\99\04\e7\14\ef\d5\e8\rk#\n\08\c4\e1L\1a#\12\fb\17d\c3\15\r\d4\8b=\1bEZ\85\00\"]\da\05\ba9C\14\94\eb0\1dS\baC\14A\17*\1ehN\19\04\0b\c3\97\02\15\1bn\0b\e9Tb\00C\a9\a6\11[]\bf\0e #\fb\17\e5f?\n\e7K\03\1b\8e7\d8\01\82\9f^\t+\8dd\0f\c3:-\00]\bc\17\r\eb\ff\ac\17\b6@\9b\14\8f\02\9a\1e\ec\c6*\1b(\89\c3\13)\bd\d5\18\c7\c3\9a\12\172\c4\00k_\95\14s\9a\0c\06\b4m8\04\"+\8a\05\f3eK\1c\d9r%\03\b1w_\04\ce\e0\a4\0c7\d6s\00\t\ff\ae\11\ed\a7\13\17_%\f3\14\adf\ba\08i\a5\85\0f\f1\d6\d6\0f\16\d1\ac\08\14\81\d5\05\f3\ad\7f\00\bc\c4\98\10\bc!\00\15\f2\1f%\0fQ\e3e\1a\e2\1ao\r\c6\c0\d4\1e6N`\03U\87g\1eubd\00<\17\1c\1d\d1\b4u\07g\ac\e8\06\95\d1C\1e3QS\05\8b\ccf\00U\1c\ce\1f\b29\db\nRv\dd\00\cfB\"\13\a6b\df\03\cb\82\00\0b\a6s\c8\1d/\98D\0ew\04\84\0b\e1\8eM\1ai\d9%\05\16\ea\17\00XBY\1d|X\fd\n\b0\81\a3\06\e7\94n\17\8a\d79\08U\c0\e4\07\f1Ah\0b]\cf\e1\11\f4\n \00\'\ed\ae\1d\de\c3\t\00 \"R\0c?wb\t_\bc-\0b\'\b65\1f>O\8c\13\1e\ec\ee\13\0f\d5\ae\00R\01\e0\1d\b8\e5\fe\18\00\b4\a5\1e\8f<\fa\0c\9c\e3b\17\c0it\03V\0e\d5\16#\bb\0f\0e]\cf_\00\1a\ad\9c\0c\de\b8\0e\r\bdq\10\1fx\f4n\1a\8c\95\da\t\94\ce\"\0c\85\06*\1d\a3l0\0cs@\a6\00\8eM\97\15#\9a\89\1b\15\r\bf\t\be\aa\d9\0b\e5\a8\a7\0e\1e\85\b8\17\c7#J\03L\81:\1f\dda\80\006\86\d1\1a\c1v\ad\06\12\b93\02W\97\n\08L\"\b9\05\888\16\08o\a0W\1f\e9\94L\15\113&\00\08\15\\\13\ba\97\18\0f\b3{\ff\1ab\f7t\07\c0\e1\91\05\b1\d7>\0eF\f1\e1\0e8H\7f\19Wt\96\00\f3H\be\14\f2\e5\e8\08\a6\ceK\1e\b1\8a\05\16\ff\854\1a\93\10!\05\a4\f0x\1dz\1c\ae\1aH\89\1e\00\b5\c5e\00K\96I\08\ba\t\d3\nf\e7<\0cHQl\r\e1[\ad\0b\d6|%\15\n8V\03\a8\14\93\00\ac$A\1c\bfD\c2\08\15;C\07\f7\cb\b0\06\83#\c7\00\87\d3]\1dRK\fd\1a\93L\07\12\fa\b0:\00_}.\0e\a3\a2s\16C/[\1c\dd\d6\01\00\tG|\08\ab[\e0\01\"|\8c\1e\be\87\f8\0c\c2?B\00\84\06k\06\b2\a34\17\07\06C\1b;\9c\16\08L*\1b\16+Np\11\f3\c5U\1d\0f\ce\8b\18\e3\10\83\00\ed*X\10@\81v\17\b8\9e\03\10p\f0\b3\12\"\99Q\0e~X\be\1e`\c3\c4\1eW\f3&\0b\84g\fb\009\f8:\1f,\1cL\1cc^-\0f\a5\89\1a\02A&\18\0e\e1\eak\05\c8\bd\f9\10Y\03\8f\06J\b6\14\00b`\a4\03\c12\14\18v\fa\b4\1b\c0\83D\1aL\fbP\109E\d8\1f\d2c\15\01t3/\11R[\9b\00\03\ee\c5\15\cbQ\06\19\8dZG\15\ea^\01\0f\89\df3\t\df\d1\9d\08\c3f\bb\12\9e\cd\eb\005\d3]\00\af\98N\10\ae\b9\85\14\ae\e4\9c\05LA\11\15)\d8\02\1f\1e\cc\bb\10T\7f\a1\16\8bfq\0c/\e6\8b\00F\ea\d5\1d\r\a9\c6\r\08\aa\e0\00\19\87\c0\1e\07`\89\tP\bc\c5\18K\c2q\1b\a9)\d9\1e\90\80\ec\00D\fbN\05\"\c6\1b\19,\88X\1f\91\cf\95\02L\c4X\06\b4!?\01\b3\d7\d3\14O%-\07\99u^\00\05\f9\9d\04\0cwB\th \bd\19\bd%A\1f\93\06P\1a\cd\14%\1dN\8e\a2\10Tjc\1d\bf&8\00\e4ma\11\f7\08E\0eS\e7\a1\00\e3\91t\17\de.\ca\1c!\be\84\01B\n\f4\01\e3|\1f\14K\ea\fe\00\a4\e3\a5\0c\e4\f5\cc\n\fd\94\bd\nX\adJ\17\dfz\a1\18\1e&\f6\11}zB\t5\af\9d\15\b5\ca\89\00uA\a6\0f\04\05\93\1c@\fc1\t`.\f5\00S9\dc\11\fbxB\04M\a7\c6\11%\b9\85\1f\81\b7\a5\00\83\fc_\14\88g\17\00\e7/M\0b8D\8d\1a\a0\b8u\12\9c\af\17\06\84P\fb\038\e8o\04lH\da\00\f0\9c\d2\1a\a3\92\aa\n\b7\a4\e3\05\d4[\d3\0e\e8\81i\1b\14A\c6\18R5\'\n?\00\f0\0b\1d\1dC\00ns\b1\16\de`\d1\1f\8f\e69\19\01\14\n\t\92\f0\e6\00\06\efH\00\84\e4\eb\0e\961R\01\1c\9a\8d\00m\ab\e0\08\9d\10\8e\1e\eb%\e0\08\\t\9f\05\e1\c0\ed\tD\c9\99\1c4\c4\ea\1d\17\b2r\02\99\f9\8c\00 |\0b\16\87\b0\d8\02R\b4\a2\10\93O\e3\17\01\de\a5\19\c8\bf\8f\0edF\8a\07\01\e2!\11\c9\15Q\00B\0e\ed\t;\a7i\06\'\da\e2\t\ad&\f5\16QI\a5\00`\96<\16\d4\1f:\tw\01\07\16\a4\c5Q\00l\b36\1e\a9ta\08\f5)B\14\a6\c2\81\1a\8f\8eG\02B\b2Z\0b\88\9b\t\06\98\1a\ce\1c\a86p\00\96 \89\14fc(\0e\d0e\ab\1avNc\18\1e\ee\1a\13\b1\8f\82\1f\b3\f2\c4\13\fbQ\c0\03\de7\be\00\e8\c2\"\07\16\d5\e1\1e\d6\c8\fe\n\cc\18a\04[,\b3\1a\05\c8P\17\14\e1\a8\1bah6\0c^\bd\ae\00:7\06\03Ec\f1\1e\1f|\18\0f\c2\'\f7\1a:\05\d5\1c\b4\c6\dc\12\93\bc\e1\04\b9\ef\97\197\t\f4\00\dc8\c1\15D\dap\1fJ\eb\f0\0e\e6v$\0e\f2\f2R\08ki/\15I\13\7f\12 \13\84\010\d5o\00x\cc\e5\1c\b0\c6\ca\06\8b\813\1d\0e\f8\ce\18\\P\cf\0c\05\e5C\18q\83\a8\1a\"\de\fe\1a\e7)S\00s\e7`\n|\b3Z\n\9b\ae\f1\03\f7\14P\06\95\88m\02\ed=\bf\086\ec\f2\t\ac\83\b6\01\f40\fd\00\85\f37\13\9blr\10\10}\b5\01\84\97\15\11^\7f4\12\d0\15\96\1c\f80\f7\1dFU\e4\02\c6~\8c\00\ff)\9f\n\05#t\t\19\c1\b0\13\ce\c5\8d\16\88\9e\ac\1f\beJ\ee\0b\a0\fd\e0\1d\c1z\e5\n_}~\00r\16\19\14\ac#\9c\06j\7f\fc\11\1b\fd\d9\07A\8a\d1\08\dau=\11\8e\eaQ\14\b8q5\0b!\dc\80\00=\a4\95\r\\\1fK\04\cd\1dT\10\b9\r\dd\112U\03\08\90\c3X\18yM\f0\nAT\d7\11\a1\c8\e3\00?\9a\90\15y\98\06\1f\faz\8d\1d\d5}`\n\b0\d1\aa\nI\08\f5\10\ec\f8\9c\1a#\7f\d6\19\fc\ae\f2\00<\d4\1a\06\b4\c0\c5\0bw%\e0\14\0e\bf\84\1epsb\0cJ\dbR\12\"b\08\1b\f3\9b1\04\a9\b2e\00\8e8\t\0f\b1\af\1b\11\b7\b8\8f\13\b2;\98\1d8\ba\89\12l.\e3\12\d6\c4i\1d\1ah\e2\174\82O\00\91\b1d\16`\fd\06\08\0c?\fa\06\d9\a2\9a\04\a5o3\1d|\10\fa\00\18\04-\07|c\04\1c?\e5\a5\00\93\e9\89\04\a1w-\01Xx\8e\10N\e2\bc\1d \e0;\0b\c5\811\02\191{\0e\a0h\c5\1c\dd2\be\00\00(C\0e:8!\08\d5\1f\\\04\00tS\1d\e1\ba[\n*\d3\07\15eo\00\15\f7a7\07\a5\c6\8a\00\b4\87,\10\db\a2\e2\07\87\85z\1f\9b\e6\r\13\be\88\c2\15\94\f6\1d\01y\07\de\r<\f4\c8\18\d5\1f\b5\00!\c0d\0b2\b0\08\0e\e0\d5\db\n`?\18\13<]C\tJ\94\af\0f2\fb\7f\19\0e>\c2\04\a53Z\00\06\8bX\06rg\cd\150\8c>\07\0e\98\db\1f\db1\99\1fMZ9\04\06\17\ec\06\80\bbs\00\f6Ll\00\d0\fb7\05*E\d4\nD\beE\1b`\86\fe\1a\e5`$\r\84S\7f\1fe\aa\13\03\c5\c4\1a\06-\fc\be\00\c2\f7\93\nj_\t\07\15\12\fa\18\dfC~\1b\89\de\c7\10\0c{s\tLQ\d7\01\ffy(\02\db\12v\00\"Jt\14\e2|\d7\r\8dj\b5\03a\0fN\08\19\08\f1\08\96`o\12\0eh|\15\98\c5\0b\154\a0\1a\00\ba*\b5\0c\11\81?\16FV#\08%\9c\b8\08\f5\b0\00\00\f9za\0c\83\ca\d2\08\e3\aa\cc\15\fc\03\c4\00\b8w\93\11\fc\0cP\12\e2\bb\cf\06M\d5\cd\18\aa\c6 \13,\d5\bf\0c\9c\af\9a\13K=\16\17\d0\b5\b0\004@3\1e\f9\8b\a2\10\b8%\e5\19\tTo\180\12\f9\16\b04\b0\02\d5SL\18~\02*\17Z\9d]\00\9b\f7e\16\b3z\81\02\fb\a6\86\13\91\ef+\1d\da\c2\16\04`\e2p\02\e3\bd\e5\0c/P?\1a\ca\daH\00\9e\f0\e7\0e\b5U\f1\00B\b1\a5\1b]\a6\dd\r\c6v\f5\07\ed\a1y\1f\8e\ff4\1c\c7\15\ab\0e\dc#\e0\00\0fvk\na\18\95\12\b0\a6J\15\bd\e7\8f\r(~I\00\18\de\ed\1e\98\04\e3\1f\06Q.\029\f2:\00/Mp\0f\b6\ec\e7\0f\d2\r\b6\1c\92\ea\11\16a\fe\d0\00A\03\bf\nS\f0\97\16\a8c\a6\0fXh\1b\00\c9\ee\9c\0b\18D@\15\99`\80\00\fcU\81\1b4!b\19D1\b0\01\db\d13\03V\994\17(\90\c9\00\8blj\16\ed3\fd\1aF\f55\10I\e9\06\1e\"\cd\98\0b/\18\86\17T\03\eb\15\bb\fe\fd\10\9d\f0\10\00\9e\e0\f1\r`%\f5\13;\de-\05l\94\92\12\\\ebx\12\df\f7\ea\18\02U\e1\1aY\fbk\03J}+\00\ea\fa\89\07j#{\16\94\fes\188\10\a0\180M{\11A\16\d3\06\8b\da\d0\14,O\b0\19\05\r\e9\00e\0bl\1e\ff\ab\1b\11=\7f@\00\eb(\dd\06\9c\b7\05\01_S\d6\1b\1c_<\02\9a\t\1e\020\a0l\00\fc\89\a4\1e\00$\ea\0c\c8\e7P\02I\7f\be\1c\f3\c4]\07\1cB\c9\17S\fe\f9\04\84\94\86\1d\fdx\cd\001\8c\8c\01\c4\da\85\00\8a\c0\r\n\1f\db\d1\12\f1^\b7\15\b0U\17\05tMy\16-\80\a1\1c\8c\d1\a5\00\19\18\eb\128E\90\11\fd\92\8d\04\9f}6\0b\dc\f4E\07\98c&\03R9N\11M\86\a3\n\05\e1&\00\ed_~\01\c5n\85\15\99\16F\18\e9]\a5\08h\13\9d\16\01\b2A\02\a1\fd\fa\r\fe\b2\db\06\d7\9a\92\00\f0\12h\0czz\a4\05_}\f6\15\ffp\c5\0e\aa\e7\dd\08\98\ca\fa\190\8c\bf\1b\85\19\90\08\c5\b0\15\00\f9\96(\14\f8\184\00\t\0e\c8\07\de\ee\df\0f\82f+\01W\18\16\no]\17\1f\fb\a4\eb\r\d8\02\a5\00\d9\dcA\t\17\ea\03\03T\b3E\19B\13\ca\0bl1m\0b\a0\c2\c9\1b\8d\03\d0\16\8d\03\9c\114\e8\f9\006\85\d7\1a4\f2d\15W\86m\07\f2\d0A\194=]\00UN\dd\1eD\dc?\16c\'s\10\9d\a9\e1\00\15\e8\1e\04\b0VS\02o0/\1fG\ca\98\04\1bM\ef\1a]\d8y\06\002\a0\062\b2P\1aO\bf+\00P-\16\1f\f4\0eA\18\b7R3\19\1e\91\bf\06H.\83\0f\c8\d9\e6\185 E\r\ac\n5\r\c0\e7\07\008\8d}\1b\04\a8\t\03\f8\fb\82\16\ee\9e}\01wP\ff\12\e1\d8:\07\b9\04\83\00\b7\9eA\1c\81\e8\12\00\96\1b\9f\127\a4D\033\b1\e1\02\0ff\8e\04\95\b9A\01\d1\f9\f3\1b\b5\b5>\19\f7f\c7\0c\b9\18d\00\a3R\a1\16G\ff(\0e\10\8b\9b\01\bcm\c0\0e|&\a7\02\00\91Y\18\df@l\0b#\a3n\034}\07\00f-\a2\10\e0\ab\0f\07*\81\98\02\caU\dd\0cH\t^\n\fd+\ee\07\8c\1c\0f\1a\f1z\b6\12h\cd\c2\00\9fEf\t\fd<C\r\95\8cZ\r\9e\b0\05\n\d5\e4\d6\0b\b1\1d\8c\rV\b7\80\11\f9\da\f1\07\d2\e3^\00\r-\dc\1bI\e9\d2\0f\96\cb\91\17\8a\b5\88\14\c05\d4\0c@\d9\e1\1b:OL\t\d0\af\82\1e8F\99\00\04!\93\18\9b\1d\d6\0b\a8\f5\e0\15x5\a3\126\95X\07\f8Fy\1fb\b6e\14\ac\fe/\14\7fR\fb\00>\8a\af\04v\ef\19\05\e79\bf\035\8a4\06\b0\de\80\1b>\967\00\17\81]\19\d7G\ef\tQ\07\08\00@y\06\0cI\a0\8d\1b!\97\eb\1es\a8C\18)\13\c4\01<\a7\0b\126\f6\d8\08\eb\f3\da\12=9e\00\95Z\1a\033\8e3\0c\ef\1dK\0f\a3\c5\ee\15{\e6z\1dG,\aa\1ba\de\dc\0e/\bfw\07\a35\04\00\8f\ab\9b\t\02\8cf\0c\8dL\d2\0fs\129\16J\f7\b4\t\fb\08\t\0e\a6\8e\e8\13\f7\16\ba\t?\ru\00H\97\8c\1ey\c2^\1bh7q\19\f5\01\0b\19\cbZL\12\7f\e6I\17r\cc \02\f9\d1\d1\01\e7\cc \00\ee\88\ca\0f\e3\c1\ac\171\12\c1\n\f8 {\12\97\05x\10\aa\05\e8\18tT\f4\1f\9fW\16\1b\adY\7f\00\ff\a0`\068\03\f8\0f4\f2)\1d\r\92w\13\e6\rH\07\99\d6\08\04\8df\bc\10\00\97\ef\00\b3B\0b\00\a3\cf\b4\04\c1\c2\c9\0f\cbY\fe\05\19\be\af\0fo\07\96\1b\06\98*\19\"\"2\n5\1fr\r)L`\00\d6vC\1c\r\f7`\1b\a3U\b6\016\cb\93\0bY\c9\c6\1cLt\dc\06\f5\baA\rU\1e\81\01\cc\84\ec\00aX8\08\98L]\n4\06{\n\d1\f1\f5\03\d3\c1\18\14\aeV\'\1e\fd\80\df\1cq\c8\ca\1a\0b\119\00\82\8dZ\1ai\08\81\1b-\d2\b2\012V\ce\02\f9\c8{\03Ug2\06;\dcq\1dQ\9d\ad\1d\d1\0e\b2\00\e8\7f\da\05\fb\b2\1d\1c\b8\01\a2\0c\e95F\1a,\c6)\18B\f2\8d\17h\e0a\00\ab\18\b6\1c\f9\'\19\00\dfZ0\19+i\da\06\94\18?\17\f6`<\00\db\be\f6\t\06oz\04+\ce\a2\1fT0=\0b\d4\1c\b9\00Tkb\11\d6\c6H\1a\be\fc\ff\r\9bM^\1e\12\84;\06\05\a2\9e\1bVK\b1\17#\cb\aa\17anf\00\a2\fd\8f\10)TV\13u\80\ee\19\99~\a1\10\82\fb\17\1a-\b6x\02\9b\r\b1\18]i\04\1a\'E\0b\00\eb$\c3\0e\7f\ce\1c\00\f8\eec\02t\eek\00m\ef-\13\c1:*\19\fbo\df\17\b8\12\9f\rA\82\01\00\81\17\1a\1d~O=\n\8f\e1\1e\16\d0\81\8a\1cep\e8\05z\a8\a1\01\830\df\15]\15M\19>\19/\00R\fak\1fm<\ac\0b\bd\85\dc\00\f8\t\80\1a\e6Ol\1c)\94\de\1c\99{l\05\a3\ff\b2\t\d0H\a7\00\f0\d5\c3\1fg\10\c4\17\fd-<\rJz\1a\0f\0eD\f3\16\fduJ\0f\9b\92w\14)o\02\18MZ\b3\00w\cf/\03;i\c0\127\98+\05\b0\f5|\16\d5\ca\c4\04\d0\a4\f9\01\c8\e3\97\15\80\e1\c4\11\88R\d8\007\18\92\13\dd\b3\1c\rq\f3\bc\02dpV\0b\f0Q*\03&b\d0\1c\c4p\ec\19q\c3F\1f;\'\a5\00\e8..\12\c0\05\85\11\c5 \ce\1eE<\c3\11\aa\ddA\19\93\c8\b6\0e\c9\f7\fc\1fd\90\12\n\f0}\a6\00N\bb\87\124\ec\9d\0eW\16<\1b\d2\86c\1a\a1\1c?\14\a3\1eY\n\c7\1a\da\t\06\87g\00\05\998\00\97Ro\17\t]\aa\0b\1c\e5|\0c\ed\e7/\r\95\f63\1c\0eN\e2\05\83\00I\1f\de\e1\fe\06\n\f09\00\cb\ab\01\13\a2\e0\1c\0c\9c>g\1d\07\ff(\13\t\17\bb\00\8d\bdm\13\c0\94\1d\r!\17^\02\1a\e1\04\00\8f\1c,\05(\c7\ee\05*;`\0f\ab\90+\01\c3%\1f\04z\d2O\16\92\a2F\15\9bs\d7\0c\d1\8c:\00\f6)B\00p:b\12\18_C\1b\11\cc\8d\r\11q{\03\c9\ba\0c\07a\d99\16\80\ff\f6\031f\a1\00\cb\de\fd\12\deC\ce\15\19\d4\c9\00\eb\f4S\19\9c\d4@\0e\1f\10\c3\n\adY\cd\n\80h>\16\1a\91e\00\bb\d7@\19ja\13\15\95\02+\0b|\bd$\0e3\1a\9b\11C;\9c\17@Y\97\11g`\94\02\e9\de\c3\00\a50\af\n_;\c4\0c\e3U\a1\00x\ceG\18\efD%\07\cc)\e4\11\87D\18\0f=\f27\00\b8/\1a\00t\f9\1e\15)\1a\f6\r\ab\d2\93\15R\cc7\15\ea\b9\0c\11[u\ba\13\c9\1fB\03:SK\02\0e\16\9a\00*\a7\e3\01,\8d\eb\05:-=\02\8c\a6\1e\1dP\84\81\19\ce\d2A\0c\bak?\r\c0>\1d\0b\87\ab\94\00\1d\b6+\1dk\0e?\0c\c1\10\e3\12\81\f1\e2\0c\b5\18Y\17:\e2\eb\14\14tr\16u+\94\15\b8l\ab\00L\99\92\12\ccx}\05\e7\bd\c3\1a\d0G\1c\17\ee\edR\01V\06\eb\12%\84\a9\00f\d5\c2\02y-\e4\00p\d1\bc\0fU\92\fd\tN\d2\db\08\c5\d0\13\t\f5j\a0\17\ae\e4\11\rC\b1\a9\01H\94\da\1e\9a\c5\8a\00]\00\98\15<|~\05\15\1a-\11\c7\0c\dd\11\94\f2\ac\06\d4\c0\ca\08[\15\a2\r\bf\c6\0c\1b\d5\96\9d\00\10\82\80\01\10\89\e4\t\daIY\01\b7*\e6\14c\10-\02\a8G\12\r69\1b\07\b6UG\tK\e3t\008}f\1a\\\fe\e2\r\15\d4\f8\08\a8\df\bd\1f\10v\9c\13\87\cef\n\b6\dc+\01q\c7a\1fR\e9^\00\9be\8f\1f\ea\f0\a6\1c@\f8\81\03\12\ad\e8\11@7\9e\19:fF\102$\08\0e\a2\r\95\1d\ea\f2\c3\00\ae\ee3\18[\1d>\17\a9\a7R\18\92\d9$\11\91\9c\ec\17}\80%\0e\fa!\ce\1a0\de]\07*\dew\00qJw\13\9e\e8\"\13\ea\84\9a\1f\'\c4:\07\f9\bag\0f\r\ab\ad\1e\a3\b0\a7\10\a6\a6~\1d8\b6\c8\00\t\82!\1e\d4\91j\t|4\f0\06\1a>\f1\1c43\f3\0e\n\cf9\08\e8T\1e\19*\82\9d\03\ed\98\af\00C\90\'\1d\ae\dd\cc\13\c1x\90\0f\cd\e1\de\1b\0b\d4\84\17\13\e4\9a\0cm\9c\d6\1e\12\1e\8d\16\8c\9e\ce\00\97\a8\fa\1fIJ\bc\12eFt\1d\c5\1c\0f\06\107\9f\048\e46\01\bd\01o\0f\cf/\00\08\88\c2v\00\f3\e1 \1c\c7\c6\85\07\d8,\0f\0b\fd\cc\d4\0b\"\d8\c9\08\b3\fa7\1e\88\9a\18\01\83\a3\d7\0c\9b\b8\cd\00\c4\9d\d6\00\e2%\c4\13\b9K\f9\163\cc;\15dq\0b\05\adP\bd\1b%w\ed\07\db:\b1\16\da\ce-\00\8dJ>\n\1dd(\n\eb\1c\16\01\ni\8a\01\8aM\dc\t\bf4\83\1a]\a7\b7\02\cc=\ce\r\dd\88\ca\00\85\d97\05\b6\8e\ae\08\cc\ea\e8\13w\1e\b4\1d\ca\e3\e0\12s\88*\19\ca\f1\f6\06\1d\b3\ab\rR\f3c\000\7f3\n|rp\1b^6G\1a\ab\d2\ae\01S\"x\1e\ba\13\1a\rcj\f2\1e\9d\97\81\00\df\9e\b9\00\be]}\13t7\e3\1b\c1\88M\16\e9v%\0c\e0f\fd\15\b8B\0e\1f\c0o\17\0b\eb\dc\f2\16\b2\da\t\00\f2\d3#\t8\bcN\15\d4\1fX\18\cb\10\02\16\b4\ee\a7\13;\08(\08\a5\b6\c4\1e\'7\ba\1b\17\b4Z\00C\17\c5\14\ae\e9z\10R\aa}\01h~\87\01K\dd\ef\11\ec#\fd\04\dc\19\c4\nG<x\1bm\18M\00\cd\ea\14\02\94\fdx\04\d96\0f\1d\94t\bf\0b\r\a2g\06\86B\d1\00J\a6\db\0b%T\b2\15\b3\0cS\00\13\0c|\17\a6\c6\a1\12\91\d9T\1ey\03\cb\04Z3R\1c\fa\00\f8\1e\tNR\04=\98A\05\r\b2a\00\e9\04\a6\18\957\04\1f\f30\c0\11\a6$p\19C\a4\be\10\93\9d7\0e\ecKU\1f\a5\e9\02\1f+=\ad\009x\a2\r\e7\ce6\t\ed\ae\97\18\16`B\1eJ\b3\a1\1f\fb\1e\d5\r%\\\11\12*\d1\c7\15\d3}4")
 (data $87 (i32.const 67764) "\ff\ff\ff\1f\07\00\00\00\00\00\00\00\00\fe\ff\1f\ff\ef\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\7f")
 (data $88 (i32.const 67820) "\f8\ff\ff\1f?\00\00\00\00\00\00\00\00\f0\ff\1f\ff\7f\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\03")
 (data $89 (i32.const 67876) "s)\c5\0cV\cb`\07\bb\de)\0c\91d\1b\14\81\f5\dd\12\1b\fa\c0\06\8d\1d\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\7f")
 (data $90 (i32.const 67932) "\8c\d6:\13\b14\9f\18D!\d6\13n\99\e4\0b~\fa!\r\e4\05?\19r\e2")
 (data $91 (i32.const 67993) "\80\00\00\00\00\f8\1f\ff\ff\1f\00\00\00\00\02\00\00\00\00\00\00\00\00\fc\ff\ff\1f\0f\00\00\00\00\01\00\00\00\04")
 (data $92 (i32.const 68044) "\97\ee\99\06}7\dd\1e\8e\0e\da\0c\84\d5`\16.B\c5\1d\d7\97\15\n\df\9d\97\17\r\0c\06\1e[\cc\b1\n\a5\8b\a4\06PW\a2\19\04Eo\0b\b0?!\1fM")
 (data $93 (i32.const 68102) "@\00\00\00\00\1e\ff\ff\ff\1f\ff\ff\ff\1f\03\00\00\00 ")
 (data $94 (i32.const 68158) "@\03\aduf\ni>1\11B\ac\a7\1b6\c9\97\1f\14D\1a\19\0b~\b2\1c\c4\01")
 (data $95 (i32.const 68212) "\04B3\13;r\a0\01\87\18\81\00v!\aa\03e\f7\c6\10\f8E\00\04\19\9b \12\bf\13W\1c$\a5\fb\12n\c6)\01\"\f0A\1f\90\15\db\1c\ff>\81\r)")
 (data $96 (i32.const 68268) "\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\fe\ff\ff\ff\ff\00\00\00\00\00\00\00\00\ff\ff\ff\ff")
 (data $97 (i32.const 68316) "\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\c7cM\81\f47-\dfX\1a\r\b2H\b0\a7z\ec\ec\19j\cc\c5)s")
 (data $98 (i32.const 68364) "\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\fe\ff\ff\ff\ff\00\00\00\00\00\00\00\00\ff\ff\ff\fd")
 (data $99 (i32.const 68412) "\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\c7cM\81\f47-\dfX\1a\r\b2H\b0\a7z\ec\ec\19j\cc\c5)q")
 (data $100 (i32.const 68460) "\aa\87\ca\"\be\8b\057\8e\b1\c7\1e\f3 \adtn\1d;b\8b\a7\9b\98Y\f7A\e0\82T*8U\02\f2]\bfU)l:T^8rv\n\b76\17\deJ\96&,o]\9e\98\bf\92\92\dc)\f8\f4\1d\bd(\9a\14|\e9\da1\13\b5\f0\b8\c0\n`\b1\ce\1d~\81\9dzC\1d|\90\ea\0e_")
 (data $128 (i32.const 89208) "\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\0f")
 (data $129 (i32.const 89280) "\fe\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f")
 (data $130 (i32.const 89352) "\td8\11\f4\b8}\1b\ae\eb\11\07\13q\93\0b\bb\03]\1a\84{\a4\000\ff\ad\19\f2\e5w\10\87\86Q\1a\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\1f\ff\ff\ff\0f")
 (data $131 (i32.const 89424) "\f6\9b\c7\0e\0bG\82\04Q\14\ee\18\ec\8el\14D\fc\a2\05{\84[\1f\cf\00R\06\r\1a\88\0fxy\ae\05")
 (data $132 (i32.const 89496) "D!\1c\14C\bbg\r\e0\8c\02\04\a6\e9x\1c\8e\86u\08V\de\e6\05\af\b7e\0e\9b4\ab\06\dc^\a5\1b\f9g\de\13\95\a3\86\15\8dy\ab\08\r-I\11\1epl\t\0f\0e\11\03\fdu\b4\16\a59\1a\19\01\f5\08\04")
 (data $133 (i32.const 89568) "\01")
 (data $134 (i32.const 89640) "\ee7\8f\1d\16\8e\04\t\a2(\dc\11\d9\1d\d9\08\89\f8E\0b\f6\08\b7\1e\9f\01\a4\0c\1a4\10\1f\f0\f2\\\0b")
 (data $135 (i32.const 89713) "?P\0b\a3\fe(\1a{<\r\0bz\10\bf\07Ws\f0\1b\d8\9d^\00KY\ec\r\d2\8f=\n9\19V\01O\88w\0cd\"-\0e\e7+f\13\b9%\a7\rQw\a0\02\da\82\86\08S\f2C\13\1c\8ea\19\f5\a9\8c\02")
 (data $136 (i32.const 89784) "\01\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff")
 (data $137 (i32.const 89850) "\01\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\faQ\86\87\83\bf/\96k\7f\cc\01H\f7\t\a5\d0;\b5\c9\b8\89\9cG\ae\bbo\b7\1e\918d\t")
 (data $138 (i32.const 89916) "\01\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\fd")
 (data $139 (i32.const 89982) "\01\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\faQ\86\87\83\bf/\96k\7f\cc\01H\f7\t\a5\d0;\b5\c9\b8\89\9cG\ae\bbo\b7\1e\918d\07")
 (data $140 (i32.const 90049) "\c6\85\8e\06\b7\04\04\e9\cd\9e>\cbf#\95\b4B\9cd\819\05?\b5!\f8(\af`kM=\ba\a1K^w\ef\e7Y(\fe\1d\c1\'\a2\ff\a8\de3H\b3\c1\85jB\9b\f9~~1\c2\e5\bdf\01\189)jx\9a;\c0\04\\\8a_\b4,}\1b\d9\98\f5DIW\9bDh\17\af\bd\17\'>f,\97\eer\99^\f4&@\c5P\b9\01?\ad\07a5<p\86\a2r\c2@\88\be\94v\9f\d1fP")
 (data $168 (i32.const 128140) "\1c")
 (data $168.1 (i32.const 128152) "\02\00\00\00\n\00\00\00R\00S\002\005\006")
 (data $169 (i32.const 128172) "\1c")
 (data $169.1 (i32.const 128184) "\02\00\00\00\n\00\00\00R\00S\003\008\004")
 (data $170 (i32.const 128204) "\1c")
 (data $170.1 (i32.const 128216) "\02\00\00\00\n\00\00\00R\00S\005\001\002")
 (data $171 (i32.const 128236) "\1c")
 (data $171.1 (i32.const 128248) "\02\00\00\00\n\00\00\00P\00S\002\005\006")
 (data $172 (i32.const 128268) "\1c")
 (data $172.1 (i32.const 128280) "\02\00\00\00\n\00\00\00P\00S\003\008\004")
 (data $173 (i32.const 128300) "\1c")
 (data $173.1 (i32.const 128312) "\02\00\00\00\n\00\00\00P\00S\005\001\002")
 (data $174 (i32.const 128332) "\1c")
 (data $174.1 (i32.const 128344) "\02\00\00\00\n\00\00\00E\00d\00D\00S\00A")
 (data $175 (i32.const 128364) ",")
 (data $175.1 (i32.const 128376) "\02\00\00\00\0e\00\00\00E\00d\002\005\005\001\009")
 (data $176 (i32.const 128412) "\1c")
 (data $176.1 (i32.const 128424) "\02\00\00\00\n\00\00\00E\00S\002\005\006")
 (data $177 (i32.const 128444) "\1c")
 (data $177.1 (i32.const 128456) "\02\00\00\00\n\00\00\00E\00S\003\008\004")
 (data $178 (i32.const 128476) "\1c")
 (data $178.1 (i32.const 128488) "\02\00\00\00\n\00\00\00E\00S\005\001\002")
 (data $179 (i32.const 128508) "<")
 (data $179.1 (i32.const 128520) "\04\00\00\00,\00\00\00\a0\f4\01\00\c0\f4\01\00\e0\f4\01\00\00\f5\01\00 \f5\01\00@\f5\01\00`\f5\01\00\80\f5\01\00\b0\f5\01\00\d0\f5\01\00\f0\f5\01")
 (data $181 (i32.const 128864) "\01\01\00\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\00\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01")
 (data $182 (i32.const 129100) "\1c")
 (data $182.1 (i32.const 129112) "\02\00\00\00\06\00\00\00e\00x\00p")
 (data $183 (i32.const 129132) "\1c")
 (data $183.1 (i32.const 129144) "\02\00\00\00\06\00\00\00n\00b\00f")
 (data $184 (i32.const 129164) "\1c")
 (data $184.1 (i32.const 129176) "\02\00\00\00\06\00\00\00i\00a\00t")
 (data $185 (i32.const 129196) "\1c")
 (data $185.1 (i32.const 129208) "\02\00\00\00\06\00\00\00s\00u\00b")
 (data $186 (i32.const 129228) "\1c")
 (data $186.1 (i32.const 129240) "\02\00\00\00\06\00\00\00a\00u\00d")
 (data $187 (i32.const 129260) ",")
 (data $187.1 (i32.const 129272) "\04\00\00\00\14\00\00\00`\f8\01\00\80\f8\01\00\a0\f8\01\00\c0\f8\01\00\e0\f8\01")
 (data $188 (i32.const 129308) "\1c")
 (data $188.1 (i32.const 129320) "\02\00\00\00\06\00\00\00a\00l\00g")
 (data $189 (i32.const 129340) "\1c")
 (data $189.1 (i32.const 129352) "\02\00\00\00\06\00\00\00t\00y\00p")
 (data $190 (i32.const 129372) "\1c")
 (data $190.1 (i32.const 129384) "\02\00\00\00\08\00\00\00c\00r\00i\00t")
 (data $191 (i32.const 129404) "\1c")
 (data $191.1 (i32.const 129416) "\02\00\00\00\06\00\00\00b\006\004")
 (data $192 (i32.const 129436) ",")
 (data $192.1 (i32.const 129448) "\04\00\00\00\10\00\00\000\f9\01\00P\f9\01\00p\f9\01\00\90\f9\01")
 (data $193 (i32.const 129484) "\1c")
 (data $193.1 (i32.const 129496) "\02\00\00\00\06\00\00\00k\00i\00d")
 (data $194 (i32.const 129516) ",")
 (data $194.1 (i32.const 129528) "\04\00\00\00\14\00\00\000\f9\01\00P\f9\01\00p\f9\01\00\90\f9\01\00\e0\f9\01")
 (data $196 (i32.const 129708) "\1c")
 (data $196.1 (i32.const 129720) "\05\00\00\00\08\00\00\00\01")
 (data $197 (i32.const 129740) "\1c")
 (data $197.1 (i32.const 129752) "\06\00\00\00\08\00\00\00\02")
 (data $198 (i32.const 129772) "\1c")
 (data $198.1 (i32.const 129784) "\05\00\00\00\08\00\00\00\03")
 (data $199 (i32.const 129804) "\1c")
 (data $199.1 (i32.const 129816) "\06\00\00\00\08\00\00\00\04")
 (data $200 (i32.const 129836) "\1c")
 (data $200.1 (i32.const 129848) "\05\00\00\00\08\00\00\00\05")
 (data $201 (i32.const 129868) "\1c")
 (data $201.1 (i32.const 129880) "\06\00\00\00\08\00\00\00\06")
 (data $202 (i32.const 129900) "\1c")
 (data $202.1 (i32.const 129912) "\05\00\00\00\08\00\00\00\07")
 (data $203 (i32.const 129932) "\1c")
 (data $203.1 (i32.const 129944) "\06\00\00\00\08\00\00\00\08")
 (data $204 (i32.const 129964) "\1c")
 (data $204.1 (i32.const 129976) "\05\00\00\00\08\00\00\00\t")
 (data $205 (i32.const 129996) "\1c")
 (data $205.1 (i32.const 130008) "\06\00\00\00\08\00\00\00\n")
 (data $206 (i32.const 130028) "\1c")
 (data $206.1 (i32.const 130040) "\05\00\00\00\08\00\00\00\0b")
 (data $207 (i32.const 130060) "\1c")
 (data $207.1 (i32.const 130072) "\06\00\00\00\08\00\00\00\0c")
 (data $208 (i32.const 130092) "\1c")
 (data $208.1 (i32.const 130104) "\02\00\00\00\08\00\00\00t\00r\00u\00e")
 (data $209 (i32.const 130124) "\1c")
 (data $209.1 (i32.const 130136) "\02\00\00\00\n\00\00\00f\00a\00l\00s\00e")
 (data $210 (i32.const 130156) "\1c")
 (data $210.1 (i32.const 130168) "\02\00\00\00\08\00\00\00n\00u\00l\00l")
 (data $211 (i32.const 130188) "\1c")
 (data $211.1 (i32.const 130200) "\02\00\00\00\06\00\00\00j\00w\00t")
 (data $212 (i32.const 130220) "<")
 (data $212.1 (i32.const 130232) "\02\00\00\00\1e\00\00\00a\00p\00p\00l\00i\00c\00a\00t\00i\00o\00n\00/\00j\00w\00t")
 (data $213 (i32.const 130284) "\1c")
 (data $213.1 (i32.const 130296) "\02\00\00\00\0c\00\00\00a\00t\00+\00j\00w\00t")
 (data $214 (i32.const 130316) "<")
 (data $214.1 (i32.const 130328) "\02\00\00\00$\00\00\00a\00p\00p\00l\00i\00c\00a\00t\00i\00o\00n\00/\00a\00t\00+\00j\00w\00t")
 (table $0 13 13 funcref)
 (elem $0 (i32.const 1) $assembly/pk/p256-mul/scSqr $assembly/pk/p256-mul/scMul $assembly/pk/p384-mul/feSqr $assembly/pk/p384-mul/feMul $assembly/pk/p384-field/scSqr $assembly/pk/p384-mul/scMul $assembly/pk/p521-mul/feSqr $assembly/pk/p521-mul/feMul $assembly/pk/p521-field/scSqr $assembly/pk/p521-field/scMul $assembly/pk/p256-mul/feSqr $assembly/pk/p256-mul/feMul)
 (export "inPtr" (func $assembly/pk/index/inPtr))
 (export "outPtr" (func $assembly/pk/index/outPtr))
 (export "decPtr" (func $assembly/pk/index/decPtr))
 (export "resPtr" (func $assembly/pk/index/resPtr))
 (export "keyPtr" (func $assembly/pk/index/keyPtr))
 (export "keyMax" (func $assembly/pk/index/maxToken))
 (export "maxToken" (func $assembly/pk/index/maxToken))
 (export "membersPtr" (func $assembly/pk/index/membersPtr))
 (export "maxSignature" (func $assembly/pk/index/maxSignature))
 (export "decode" (func $assembly/pk/index/decode))
 (export "verifyMessage" (func $assembly/pk/index/verifyMessage))
 (export "importEd25519Key" (func $assembly/pk/index/importEd25519Key))
 (export "ed25519KeyBytes" (func $assembly/pk/index/ed25519KeyBytes))
 (export "importEcP256" (func $assembly/pk/index/importEcP256))
 (export "importEcP384" (func $assembly/pk/index/importEcP384))
 (export "importEcP521" (func $assembly/pk/index/importEcP521))
 (export "parse" (func $assembly/pk/token/parse))
 (export "verify" (func $assembly/pk/token/verify))
 (export "verifyJws" (func $assembly/pk/token/verifyJws))
 (export "checkTimes" (func $assembly/claims/checkTimes))
 (export "memory" (memory $0))
 (start $~start)
 (func $assembly/pk/f25519/feMul (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i64)
  (local $4 i64)
  (local $5 i64)
  (local $6 i64)
  (local $7 i64)
  (local $8 i64)
  (local $9 i64)
  (local $10 i64)
  (local $11 i64)
  (local $12 i64)
  (local $13 i64)
  (local $14 i64)
  (local $15 i64)
  (local $16 i64)
  (local $17 i64)
  (local $18 i64)
  (local $19 i64)
  (local $20 i64)
  (local $21 i64)
  (local $22 i64)
  (local $23 i64)
  (local $24 i64)
  (local $25 i64)
  (local $26 i64)
  (local $27 i64)
  (local $28 i64)
  (local $29 i64)
  (local $30 i64)
  (local $31 i64)
  (local $32 i64)
  (local $33 i64)
  (local $34 i64)
  (local $35 i64)
  (local $36 i64)
  (local $37 i64)
  (local $38 i64)
  (local $39 i64)
  (local $40 i64)
  (local $41 i64)
  (local $42 i64)
  (local $43 i64)
  local.get $1
  i64.load32_s
  local.tee $22
  local.get $2
  i64.load32_s
  local.tee $23
  i64.mul
  local.get $2
  i64.load32_s offset=36
  local.tee $17
  i64.const 19
  i64.mul
  local.tee $24
  local.get $1
  i64.load32_s offset=4
  local.tee $5
  i64.const 1
  i64.shl
  local.tee $25
  i64.mul
  i64.add
  local.get $1
  i64.load32_s offset=8
  local.tee $26
  local.get $2
  i64.load32_s offset=32
  local.tee $15
  i64.const 19
  i64.mul
  local.tee $28
  i64.mul
  i64.add
  local.get $2
  i64.load32_s offset=28
  local.tee $14
  i64.const 19
  i64.mul
  local.tee $29
  local.get $1
  i64.load32_s offset=12
  local.tee $6
  i64.const 1
  i64.shl
  local.tee $30
  i64.mul
  i64.add
  local.get $1
  i64.load32_s offset=16
  local.tee $27
  local.get $2
  i64.load32_s offset=24
  local.tee $11
  i64.const 19
  i64.mul
  local.tee $31
  i64.mul
  i64.add
  local.get $1
  i64.load32_s offset=20
  local.tee $7
  i64.const 1
  i64.shl
  local.tee $32
  local.get $2
  i64.load32_s offset=20
  local.tee $8
  i64.const 19
  i64.mul
  local.tee $33
  i64.mul
  i64.add
  local.get $1
  i64.load32_s offset=24
  local.tee $34
  local.get $2
  i64.load32_s offset=16
  local.tee $4
  i64.const 19
  i64.mul
  local.tee $35
  i64.mul
  i64.add
  local.get $1
  i64.load32_s offset=28
  local.tee $9
  i64.const 1
  i64.shl
  local.tee $12
  local.get $2
  i64.load32_s offset=12
  local.tee $3
  i64.const 19
  i64.mul
  local.tee $36
  i64.mul
  i64.add
  local.get $1
  i64.load32_s offset=32
  local.tee $37
  local.get $2
  i64.load32_s offset=8
  local.tee $38
  i64.const 19
  i64.mul
  local.tee $39
  i64.mul
  i64.add
  local.get $1
  i64.load32_s offset=36
  local.tee $10
  i64.const 1
  i64.shl
  local.tee $13
  local.get $2
  i64.load32_s offset=4
  local.tee $40
  i64.const 19
  i64.mul
  i64.mul
  i64.add
  local.set $41
  local.get $4
  local.get $22
  i64.mul
  local.get $3
  local.get $25
  i64.mul
  i64.add
  local.get $26
  local.get $38
  i64.mul
  i64.add
  local.get $30
  local.get $40
  i64.mul
  i64.add
  local.get $23
  local.get $27
  i64.mul
  i64.add
  local.get $24
  local.get $32
  i64.mul
  i64.add
  local.get $28
  local.get $34
  i64.mul
  i64.add
  local.get $12
  local.get $29
  i64.mul
  i64.add
  local.get $31
  local.get $37
  i64.mul
  i64.add
  local.get $13
  local.get $33
  i64.mul
  i64.add
  local.tee $42
  i64.const 33554432
  i64.add
  i64.const 26
  i64.shr_s
  local.tee $43
  local.get $8
  local.get $22
  i64.mul
  local.get $4
  local.get $5
  i64.mul
  i64.add
  local.get $3
  local.get $26
  i64.mul
  i64.add
  local.get $6
  local.get $38
  i64.mul
  i64.add
  local.get $27
  local.get $40
  i64.mul
  i64.add
  local.get $7
  local.get $23
  i64.mul
  i64.add
  local.get $24
  local.get $34
  i64.mul
  i64.add
  local.get $9
  local.get $28
  i64.mul
  i64.add
  local.get $29
  local.get $37
  i64.mul
  i64.add
  local.get $10
  local.get $31
  i64.mul
  i64.add
  i64.add
  local.tee $18
  i64.const 16777216
  i64.add
  i64.const 25
  i64.shr_s
  local.tee $19
  local.get $11
  local.get $22
  i64.mul
  local.get $8
  local.get $25
  i64.mul
  i64.add
  local.get $4
  local.get $26
  i64.mul
  i64.add
  local.get $3
  local.get $30
  i64.mul
  i64.add
  local.get $27
  local.get $38
  i64.mul
  i64.add
  local.get $32
  local.get $40
  i64.mul
  i64.add
  local.get $23
  local.get $34
  i64.mul
  i64.add
  local.get $12
  local.get $24
  i64.mul
  i64.add
  local.get $28
  local.get $37
  i64.mul
  i64.add
  local.get $13
  local.get $29
  i64.mul
  i64.add
  i64.add
  local.tee $20
  i64.const 33554432
  i64.add
  i64.const 26
  i64.shr_s
  local.tee $21
  local.get $14
  local.get $22
  i64.mul
  local.get $5
  local.get $11
  i64.mul
  i64.add
  local.get $8
  local.get $26
  i64.mul
  i64.add
  local.get $4
  local.get $6
  i64.mul
  i64.add
  local.get $3
  local.get $27
  i64.mul
  i64.add
  local.get $7
  local.get $38
  i64.mul
  i64.add
  local.get $34
  local.get $40
  i64.mul
  i64.add
  local.get $9
  local.get $23
  i64.mul
  i64.add
  local.get $24
  local.get $37
  i64.mul
  i64.add
  local.get $10
  local.get $28
  i64.mul
  i64.add
  i64.add
  local.set $16
  local.get $3
  local.get $22
  i64.mul
  local.get $5
  local.get $38
  i64.mul
  i64.add
  local.get $26
  local.get $40
  i64.mul
  i64.add
  local.get $6
  local.get $23
  i64.mul
  i64.add
  local.get $24
  local.get $27
  i64.mul
  i64.add
  local.get $7
  local.get $28
  i64.mul
  i64.add
  local.get $29
  local.get $34
  i64.mul
  i64.add
  local.get $9
  local.get $31
  i64.mul
  i64.add
  local.get $33
  local.get $37
  i64.mul
  i64.add
  local.get $10
  local.get $35
  i64.mul
  i64.add
  local.get $22
  local.get $38
  i64.mul
  local.get $25
  local.get $40
  i64.mul
  i64.add
  local.get $23
  local.get $26
  i64.mul
  i64.add
  local.get $24
  local.get $30
  i64.mul
  i64.add
  local.get $27
  local.get $28
  i64.mul
  i64.add
  local.get $29
  local.get $32
  i64.mul
  i64.add
  local.get $31
  local.get $34
  i64.mul
  i64.add
  local.get $12
  local.get $33
  i64.mul
  i64.add
  local.get $35
  local.get $37
  i64.mul
  i64.add
  local.get $13
  local.get $36
  i64.mul
  i64.add
  local.get $22
  local.get $40
  i64.mul
  local.get $5
  local.get $23
  i64.mul
  i64.add
  local.get $24
  local.get $26
  i64.mul
  i64.add
  local.get $6
  local.get $28
  i64.mul
  i64.add
  local.get $27
  local.get $29
  i64.mul
  i64.add
  local.get $7
  local.get $31
  i64.mul
  i64.add
  local.get $33
  local.get $34
  i64.mul
  i64.add
  local.get $9
  local.get $35
  i64.mul
  i64.add
  local.get $36
  local.get $37
  i64.mul
  i64.add
  local.get $10
  local.get $39
  i64.mul
  i64.add
  local.get $41
  i64.const 33554432
  i64.add
  i64.const 26
  i64.shr_s
  local.tee $28
  i64.add
  local.tee $29
  i64.const 16777216
  i64.add
  i64.const 25
  i64.shr_s
  local.tee $31
  i64.add
  local.tee $33
  i64.const 33554432
  i64.add
  i64.const 26
  i64.shr_s
  local.tee $35
  i64.add
  local.tee $36
  i64.const 16777216
  i64.add
  i64.const 25
  i64.shr_s
  local.tee $39
  local.get $42
  local.get $43
  i64.const 26
  i64.shl
  i64.sub
  i64.add
  local.tee $42
  i64.const 33554432
  i64.add
  i64.const 26
  i64.shr_s
  local.set $43
  local.get $41
  local.get $28
  i64.const 26
  i64.shl
  i64.sub
  local.get $16
  i64.const 16777216
  i64.add
  i64.const 25
  i64.shr_s
  local.tee $28
  local.get $15
  local.get $22
  i64.mul
  local.get $14
  local.get $25
  i64.mul
  i64.add
  local.get $11
  local.get $26
  i64.mul
  i64.add
  local.get $8
  local.get $30
  i64.mul
  i64.add
  local.get $4
  local.get $27
  i64.mul
  i64.add
  local.get $3
  local.get $32
  i64.mul
  i64.add
  local.get $34
  local.get $38
  i64.mul
  i64.add
  local.get $12
  local.get $40
  i64.mul
  i64.add
  local.get $23
  local.get $37
  i64.mul
  i64.add
  local.get $13
  local.get $24
  i64.mul
  i64.add
  i64.add
  local.tee $12
  i64.const 33554432
  i64.add
  i64.const 26
  i64.shr_s
  local.tee $13
  local.get $17
  local.get $22
  i64.mul
  local.get $5
  local.get $15
  i64.mul
  i64.add
  local.get $14
  local.get $26
  i64.mul
  i64.add
  local.get $6
  local.get $11
  i64.mul
  i64.add
  local.get $8
  local.get $27
  i64.mul
  i64.add
  local.get $4
  local.get $7
  i64.mul
  i64.add
  local.get $3
  local.get $34
  i64.mul
  i64.add
  local.get $9
  local.get $38
  i64.mul
  i64.add
  local.get $37
  local.get $40
  i64.mul
  i64.add
  local.get $10
  local.get $23
  i64.mul
  i64.add
  i64.add
  local.tee $3
  i64.const 16777216
  i64.add
  i64.const 25
  i64.shr_s
  local.tee $4
  i64.const 19
  i64.mul
  i64.add
  local.tee $5
  i64.const 33554432
  i64.add
  i64.const 26
  i64.shr_s
  local.set $6
  local.get $0
  local.get $5
  local.get $6
  i64.const 26
  i64.shl
  i64.sub
  i64.store32
  local.get $0
  local.get $29
  local.get $31
  i64.const 25
  i64.shl
  i64.sub
  local.get $6
  i64.add
  i64.store32 offset=4
  local.get $0
  local.get $33
  local.get $35
  i64.const 26
  i64.shl
  i64.sub
  i64.store32 offset=8
  local.get $0
  local.get $36
  local.get $39
  i64.const 25
  i64.shl
  i64.sub
  i64.store32 offset=12
  local.get $0
  local.get $42
  local.get $43
  i64.const 26
  i64.shl
  i64.sub
  i64.store32 offset=16
  local.get $0
  local.get $18
  local.get $19
  i64.const 25
  i64.shl
  i64.sub
  local.get $43
  i64.add
  i64.store32 offset=20
  local.get $0
  local.get $20
  local.get $21
  i64.const 26
  i64.shl
  i64.sub
  i64.store32 offset=24
  local.get $0
  local.get $16
  local.get $28
  i64.const 25
  i64.shl
  i64.sub
  i64.store32 offset=28
  local.get $0
  local.get $12
  local.get $13
  i64.const 26
  i64.shl
  i64.sub
  i64.store32 offset=32
  local.get $0
  local.get $3
  local.get $4
  i64.const 25
  i64.shl
  i64.sub
  i64.store32 offset=36
 )
 (func $assembly/pk/p384-mul/feMul (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i64)
  (local $4 i64)
  (local $5 i64)
  (local $6 i64)
  (local $7 i64)
  (local $8 i64)
  (local $9 i64)
  (local $10 i64)
  (local $11 i64)
  (local $12 i64)
  (local $13 i64)
  (local $14 i64)
  (local $15 i64)
  (local $16 i64)
  (local $17 i64)
  (local $18 i64)
  (local $19 i64)
  (local $20 i64)
  (local $21 i64)
  (local $22 i64)
  (local $23 i64)
  (local $24 i64)
  (local $25 i64)
  (local $26 i64)
  (local $27 i64)
  (local $28 i64)
  (local $29 i64)
  (local $30 i64)
  (local $31 i64)
  (local $32 i64)
  (local $33 i64)
  (local $34 i64)
  (local $35 i64)
  (local $36 i64)
  (local $37 i64)
  (local $38 i64)
  (local $39 i64)
  (local $40 i64)
  (local $41 i64)
  (local $42 i64)
  local.get $1
  i64.load32_u
  local.tee $27
  local.get $2
  i64.load32_u
  local.tee $28
  i64.mul
  local.tee $3
  i64.const 536870911
  i64.and
  local.set $29
  local.get $2
  i64.load32_u offset=4
  local.tee $15
  local.get $27
  i64.mul
  local.get $1
  i64.load32_u offset=4
  local.tee $30
  local.get $28
  i64.mul
  i64.add
  local.get $29
  i64.const 3
  i64.shl
  local.get $3
  i64.const 29
  i64.shr_s
  i64.add
  i64.add
  local.tee $4
  i64.const 536870911
  i64.and
  local.set $3
  local.get $0
  local.get $2
  i64.load32_u offset=8
  local.tee $16
  local.get $27
  i64.mul
  local.get $15
  local.get $30
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=8
  local.tee $31
  local.get $28
  i64.mul
  i64.add
  local.get $3
  i64.const 3
  i64.shl
  local.get $4
  i64.const 29
  i64.shr_s
  i64.add
  i64.add
  local.tee $5
  i64.const 536870911
  i64.and
  local.tee $4
  i64.const 3
  i64.shl
  local.get $5
  i64.const 29
  i64.shr_s
  i64.add
  local.get $2
  i64.load32_u offset=12
  local.tee $17
  local.get $27
  i64.mul
  local.get $16
  local.get $30
  i64.mul
  i64.add
  local.get $15
  local.get $31
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=12
  local.tee $32
  local.get $28
  i64.mul
  i64.add
  local.get $29
  i64.const 9
  i64.shl
  i64.sub
  i64.add
  local.tee $6
  i64.const 536870911
  i64.and
  local.tee $5
  i64.const 3
  i64.shl
  local.get $6
  i64.const 29
  i64.shr_s
  i64.add
  local.get $2
  i64.load32_u offset=16
  local.tee $18
  local.get $27
  i64.mul
  local.get $17
  local.get $30
  i64.mul
  i64.add
  local.get $16
  local.get $31
  i64.mul
  i64.add
  local.get $15
  local.get $32
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=16
  local.tee $33
  local.get $28
  i64.mul
  i64.add
  local.get $29
  i64.const 12
  i64.shl
  i64.sub
  local.get $3
  i64.const 9
  i64.shl
  i64.sub
  i64.add
  local.tee $7
  i64.const 536870911
  i64.and
  local.tee $6
  i64.const 3
  i64.shl
  local.get $7
  i64.const 29
  i64.shr_s
  i64.add
  local.get $2
  i64.load32_u offset=20
  local.tee $19
  local.get $27
  i64.mul
  local.get $18
  local.get $30
  i64.mul
  i64.add
  local.get $17
  local.get $31
  i64.mul
  i64.add
  local.get $16
  local.get $32
  i64.mul
  i64.add
  local.get $15
  local.get $33
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=20
  local.tee $34
  local.get $28
  i64.mul
  i64.add
  local.get $3
  i64.const 12
  i64.shl
  i64.sub
  local.get $4
  i64.const 9
  i64.shl
  i64.sub
  i64.add
  local.tee $8
  i64.const 536870911
  i64.and
  local.tee $7
  i64.const 3
  i64.shl
  local.get $8
  i64.const 29
  i64.shr_s
  i64.add
  local.get $2
  i64.load32_u offset=24
  local.tee $20
  local.get $27
  i64.mul
  local.get $19
  local.get $30
  i64.mul
  i64.add
  local.get $18
  local.get $31
  i64.mul
  i64.add
  local.get $17
  local.get $32
  i64.mul
  i64.add
  local.get $16
  local.get $33
  i64.mul
  i64.add
  local.get $15
  local.get $34
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=24
  local.tee $35
  local.get $28
  i64.mul
  i64.add
  local.get $4
  i64.const 12
  i64.shl
  i64.sub
  local.get $5
  i64.const 9
  i64.shl
  i64.sub
  i64.add
  local.tee $9
  i64.const 536870911
  i64.and
  local.tee $8
  i64.const 3
  i64.shl
  local.get $9
  i64.const 29
  i64.shr_s
  i64.add
  local.get $2
  i64.load32_u offset=28
  local.tee $21
  local.get $27
  i64.mul
  local.get $20
  local.get $30
  i64.mul
  i64.add
  local.get $19
  local.get $31
  i64.mul
  i64.add
  local.get $18
  local.get $32
  i64.mul
  i64.add
  local.get $17
  local.get $33
  i64.mul
  i64.add
  local.get $16
  local.get $34
  i64.mul
  i64.add
  local.get $15
  local.get $35
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=28
  local.tee $36
  local.get $28
  i64.mul
  i64.add
  local.get $5
  i64.const 12
  i64.shl
  i64.sub
  local.get $6
  i64.const 9
  i64.shl
  i64.sub
  i64.add
  local.tee $10
  i64.const 536870911
  i64.and
  local.tee $9
  i64.const 3
  i64.shl
  local.get $10
  i64.const 29
  i64.shr_s
  i64.add
  local.get $2
  i64.load32_u offset=32
  local.tee $22
  local.get $27
  i64.mul
  local.get $21
  local.get $30
  i64.mul
  i64.add
  local.get $20
  local.get $31
  i64.mul
  i64.add
  local.get $19
  local.get $32
  i64.mul
  i64.add
  local.get $18
  local.get $33
  i64.mul
  i64.add
  local.get $17
  local.get $34
  i64.mul
  i64.add
  local.get $16
  local.get $35
  i64.mul
  i64.add
  local.get $15
  local.get $36
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=32
  local.tee $37
  local.get $28
  i64.mul
  i64.add
  local.get $6
  i64.const 12
  i64.shl
  i64.sub
  local.get $7
  i64.const 9
  i64.shl
  i64.sub
  i64.add
  local.tee $11
  i64.const 536870911
  i64.and
  local.tee $10
  i64.const 3
  i64.shl
  local.get $11
  i64.const 29
  i64.shr_s
  i64.add
  local.get $2
  i64.load32_u offset=36
  local.tee $23
  local.get $27
  i64.mul
  local.get $22
  local.get $30
  i64.mul
  i64.add
  local.get $21
  local.get $31
  i64.mul
  i64.add
  local.get $20
  local.get $32
  i64.mul
  i64.add
  local.get $19
  local.get $33
  i64.mul
  i64.add
  local.get $18
  local.get $34
  i64.mul
  i64.add
  local.get $17
  local.get $35
  i64.mul
  i64.add
  local.get $16
  local.get $36
  i64.mul
  i64.add
  local.get $15
  local.get $37
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=36
  local.tee $38
  local.get $28
  i64.mul
  i64.add
  local.get $7
  i64.const 12
  i64.shl
  i64.sub
  local.get $8
  i64.const 9
  i64.shl
  i64.sub
  i64.add
  local.tee $12
  i64.const 536870911
  i64.and
  local.tee $11
  i64.const 3
  i64.shl
  local.get $12
  i64.const 29
  i64.shr_s
  i64.add
  local.get $2
  i64.load32_u offset=40
  local.tee $24
  local.get $27
  i64.mul
  local.get $23
  local.get $30
  i64.mul
  i64.add
  local.get $22
  local.get $31
  i64.mul
  i64.add
  local.get $21
  local.get $32
  i64.mul
  i64.add
  local.get $20
  local.get $33
  i64.mul
  i64.add
  local.get $19
  local.get $34
  i64.mul
  i64.add
  local.get $18
  local.get $35
  i64.mul
  i64.add
  local.get $17
  local.get $36
  i64.mul
  i64.add
  local.get $16
  local.get $37
  i64.mul
  i64.add
  local.get $15
  local.get $38
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=40
  local.tee $39
  local.get $28
  i64.mul
  i64.add
  local.get $8
  i64.const 12
  i64.shl
  i64.sub
  local.get $9
  i64.const 9
  i64.shl
  i64.sub
  i64.add
  local.tee $13
  i64.const 536870911
  i64.and
  local.tee $12
  i64.const 3
  i64.shl
  local.get $13
  i64.const 29
  i64.shr_s
  i64.add
  local.get $2
  i64.load32_u offset=44
  local.tee $25
  local.get $27
  i64.mul
  local.get $24
  local.get $30
  i64.mul
  i64.add
  local.get $23
  local.get $31
  i64.mul
  i64.add
  local.get $22
  local.get $32
  i64.mul
  i64.add
  local.get $21
  local.get $33
  i64.mul
  i64.add
  local.get $20
  local.get $34
  i64.mul
  i64.add
  local.get $19
  local.get $35
  i64.mul
  i64.add
  local.get $18
  local.get $36
  i64.mul
  i64.add
  local.get $17
  local.get $37
  i64.mul
  i64.add
  local.get $16
  local.get $38
  i64.mul
  i64.add
  local.get $15
  local.get $39
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=44
  local.tee $40
  local.get $28
  i64.mul
  i64.add
  local.get $9
  i64.const 12
  i64.shl
  i64.sub
  local.get $10
  i64.const 9
  i64.shl
  i64.sub
  i64.add
  local.tee $14
  i64.const 536870911
  i64.and
  local.tee $13
  i64.const 3
  i64.shl
  local.get $14
  i64.const 29
  i64.shr_s
  i64.add
  local.get $2
  i64.load32_u offset=48
  local.tee $26
  local.get $27
  i64.mul
  local.get $25
  local.get $30
  i64.mul
  i64.add
  local.get $24
  local.get $31
  i64.mul
  i64.add
  local.get $23
  local.get $32
  i64.mul
  i64.add
  local.get $22
  local.get $33
  i64.mul
  i64.add
  local.get $21
  local.get $34
  i64.mul
  i64.add
  local.get $20
  local.get $35
  i64.mul
  i64.add
  local.get $19
  local.get $36
  i64.mul
  i64.add
  local.get $18
  local.get $37
  i64.mul
  i64.add
  local.get $17
  local.get $38
  i64.mul
  i64.add
  local.get $16
  local.get $39
  i64.mul
  i64.add
  local.get $15
  local.get $40
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=48
  local.tee $41
  local.get $28
  i64.mul
  i64.add
  local.get $10
  i64.const 12
  i64.shl
  i64.sub
  local.get $11
  i64.const 9
  i64.shl
  i64.sub
  i64.add
  local.tee $42
  i64.const 536870911
  i64.and
  local.tee $14
  i64.const 3
  i64.shl
  local.get $42
  i64.const 29
  i64.shr_s
  i64.add
  local.get $2
  i64.load32_u offset=52
  local.tee $42
  local.get $27
  i64.mul
  local.get $26
  local.get $30
  i64.mul
  i64.add
  local.get $25
  local.get $31
  i64.mul
  i64.add
  local.get $24
  local.get $32
  i64.mul
  i64.add
  local.get $23
  local.get $33
  i64.mul
  i64.add
  local.get $22
  local.get $34
  i64.mul
  i64.add
  local.get $21
  local.get $35
  i64.mul
  i64.add
  local.get $20
  local.get $36
  i64.mul
  i64.add
  local.get $19
  local.get $37
  i64.mul
  i64.add
  local.get $18
  local.get $38
  i64.mul
  i64.add
  local.get $17
  local.get $39
  i64.mul
  i64.add
  local.get $16
  local.get $40
  i64.mul
  i64.add
  local.get $15
  local.get $41
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=52
  local.tee $27
  local.get $28
  i64.mul
  i64.add
  local.get $29
  i64.const 7
  i64.shl
  i64.add
  local.get $11
  i64.const 12
  i64.shl
  i64.sub
  local.get $12
  i64.const 9
  i64.shl
  i64.sub
  i64.add
  local.tee $28
  i64.const 536870911
  i64.and
  local.tee $29
  i64.const 3
  i64.shl
  local.get $28
  i64.const 29
  i64.shr_s
  i64.add
  local.get $30
  local.get $42
  i64.mul
  local.get $26
  local.get $31
  i64.mul
  i64.add
  local.get $25
  local.get $32
  i64.mul
  i64.add
  local.get $24
  local.get $33
  i64.mul
  i64.add
  local.get $23
  local.get $34
  i64.mul
  i64.add
  local.get $22
  local.get $35
  i64.mul
  i64.add
  local.get $21
  local.get $36
  i64.mul
  i64.add
  local.get $20
  local.get $37
  i64.mul
  i64.add
  local.get $19
  local.get $38
  i64.mul
  i64.add
  local.get $18
  local.get $39
  i64.mul
  i64.add
  local.get $17
  local.get $40
  i64.mul
  i64.add
  local.get $16
  local.get $41
  i64.mul
  i64.add
  local.get $15
  local.get $27
  i64.mul
  i64.add
  local.get $3
  i64.const 7
  i64.shl
  i64.add
  local.get $12
  i64.const 12
  i64.shl
  i64.sub
  local.get $13
  i64.const 9
  i64.shl
  i64.sub
  i64.add
  local.tee $3
  i64.const 536870911
  i64.and
  i64.store32
  local.get $32
  local.get $42
  i64.mul
  local.get $26
  local.get $33
  i64.mul
  i64.add
  local.get $25
  local.get $34
  i64.mul
  i64.add
  local.get $24
  local.get $35
  i64.mul
  i64.add
  local.get $23
  local.get $36
  i64.mul
  i64.add
  local.get $22
  local.get $37
  i64.mul
  i64.add
  local.get $21
  local.get $38
  i64.mul
  i64.add
  local.get $20
  local.get $39
  i64.mul
  i64.add
  local.get $19
  local.get $40
  i64.mul
  i64.add
  local.get $18
  local.get $41
  i64.mul
  i64.add
  local.get $17
  local.get $27
  i64.mul
  i64.add
  local.get $5
  i64.const 7
  i64.shl
  i64.add
  local.get $14
  i64.const 12
  i64.shl
  i64.sub
  local.get $29
  i64.const 9
  i64.shl
  i64.sub
  local.get $31
  local.get $42
  i64.mul
  local.get $26
  local.get $32
  i64.mul
  i64.add
  local.get $25
  local.get $33
  i64.mul
  i64.add
  local.get $24
  local.get $34
  i64.mul
  i64.add
  local.get $23
  local.get $35
  i64.mul
  i64.add
  local.get $22
  local.get $36
  i64.mul
  i64.add
  local.get $21
  local.get $37
  i64.mul
  i64.add
  local.get $20
  local.get $38
  i64.mul
  i64.add
  local.get $19
  local.get $39
  i64.mul
  i64.add
  local.get $18
  local.get $40
  i64.mul
  i64.add
  local.get $17
  local.get $41
  i64.mul
  i64.add
  local.get $16
  local.get $27
  i64.mul
  i64.add
  local.get $4
  i64.const 7
  i64.shl
  i64.add
  local.get $13
  i64.const 12
  i64.shl
  i64.sub
  local.get $14
  i64.const 9
  i64.shl
  i64.sub
  local.get $3
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_s
  i64.add
  local.set $4
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=4
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=8
  local.get $34
  local.get $42
  i64.mul
  local.get $26
  local.get $35
  i64.mul
  i64.add
  local.get $25
  local.get $36
  i64.mul
  i64.add
  local.get $24
  local.get $37
  i64.mul
  i64.add
  local.get $23
  local.get $38
  i64.mul
  i64.add
  local.get $22
  local.get $39
  i64.mul
  i64.add
  local.get $21
  local.get $40
  i64.mul
  i64.add
  local.get $20
  local.get $41
  i64.mul
  i64.add
  local.get $19
  local.get $27
  i64.mul
  i64.add
  local.get $7
  i64.const 7
  i64.shl
  i64.add
  local.get $33
  local.get $42
  i64.mul
  local.get $26
  local.get $34
  i64.mul
  i64.add
  local.get $25
  local.get $35
  i64.mul
  i64.add
  local.get $24
  local.get $36
  i64.mul
  i64.add
  local.get $23
  local.get $37
  i64.mul
  i64.add
  local.get $22
  local.get $38
  i64.mul
  i64.add
  local.get $21
  local.get $39
  i64.mul
  i64.add
  local.get $20
  local.get $40
  i64.mul
  i64.add
  local.get $19
  local.get $41
  i64.mul
  i64.add
  local.get $18
  local.get $27
  i64.mul
  i64.add
  local.get $6
  i64.const 7
  i64.shl
  i64.add
  local.get $29
  i64.const 12
  i64.shl
  i64.sub
  local.get $4
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_s
  i64.add
  local.set $4
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=12
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=16
  local.get $36
  local.get $42
  i64.mul
  local.get $26
  local.get $37
  i64.mul
  i64.add
  local.get $25
  local.get $38
  i64.mul
  i64.add
  local.get $24
  local.get $39
  i64.mul
  i64.add
  local.get $23
  local.get $40
  i64.mul
  i64.add
  local.get $22
  local.get $41
  i64.mul
  i64.add
  local.get $21
  local.get $27
  i64.mul
  i64.add
  local.get $9
  i64.const 7
  i64.shl
  i64.add
  local.get $35
  local.get $42
  i64.mul
  local.get $26
  local.get $36
  i64.mul
  i64.add
  local.get $25
  local.get $37
  i64.mul
  i64.add
  local.get $24
  local.get $38
  i64.mul
  i64.add
  local.get $23
  local.get $39
  i64.mul
  i64.add
  local.get $22
  local.get $40
  i64.mul
  i64.add
  local.get $21
  local.get $41
  i64.mul
  i64.add
  local.get $20
  local.get $27
  i64.mul
  i64.add
  local.get $8
  i64.const 7
  i64.shl
  i64.add
  local.get $4
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_s
  i64.add
  local.set $4
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=20
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=24
  local.get $38
  local.get $42
  i64.mul
  local.get $26
  local.get $39
  i64.mul
  i64.add
  local.get $25
  local.get $40
  i64.mul
  i64.add
  local.get $24
  local.get $41
  i64.mul
  i64.add
  local.get $23
  local.get $27
  i64.mul
  i64.add
  local.get $11
  i64.const 7
  i64.shl
  i64.add
  local.get $37
  local.get $42
  i64.mul
  local.get $26
  local.get $38
  i64.mul
  i64.add
  local.get $25
  local.get $39
  i64.mul
  i64.add
  local.get $24
  local.get $40
  i64.mul
  i64.add
  local.get $23
  local.get $41
  i64.mul
  i64.add
  local.get $22
  local.get $27
  i64.mul
  i64.add
  local.get $10
  i64.const 7
  i64.shl
  i64.add
  local.get $4
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_s
  i64.add
  local.set $4
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=28
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=32
  local.get $40
  local.get $42
  i64.mul
  local.get $26
  local.get $41
  i64.mul
  i64.add
  local.get $25
  local.get $27
  i64.mul
  i64.add
  local.get $13
  i64.const 7
  i64.shl
  i64.add
  local.get $39
  local.get $42
  i64.mul
  local.get $26
  local.get $40
  i64.mul
  i64.add
  local.get $25
  local.get $41
  i64.mul
  i64.add
  local.get $24
  local.get $27
  i64.mul
  i64.add
  local.get $12
  i64.const 7
  i64.shl
  i64.add
  local.get $4
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_s
  i64.add
  local.set $4
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=36
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=40
  local.get $27
  local.get $42
  i64.mul
  local.get $29
  i64.const 7
  i64.shl
  i64.add
  local.get $41
  local.get $42
  i64.mul
  local.get $26
  local.get $27
  i64.mul
  i64.add
  local.get $14
  i64.const 7
  i64.shl
  i64.add
  local.get $4
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_s
  i64.add
  local.set $4
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=44
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=48
  local.get $0
  local.get $4
  i64.const 29
  i64.shr_s
  i64.store32 offset=52
 )
 (func $assembly/pk/p256-mul/feMul (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i64)
  (local $4 i64)
  (local $5 i64)
  (local $6 i64)
  (local $7 i64)
  (local $8 i64)
  (local $9 i64)
  (local $10 i64)
  (local $11 i64)
  (local $12 i64)
  (local $13 i64)
  (local $14 i64)
  (local $15 i64)
  (local $16 i64)
  (local $17 i64)
  (local $18 i64)
  (local $19 i64)
  (local $20 i64)
  (local $21 i64)
  (local $22 i64)
  (local $23 i64)
  (local $24 i64)
  (local $25 i64)
  (local $26 i64)
  (local $27 i64)
  (local $28 i64)
  local.get $1
  i64.load32_u
  local.tee $18
  local.get $2
  i64.load32_u
  local.tee $9
  i64.mul
  local.tee $3
  i64.const 536870911
  i64.and
  local.set $19
  local.get $2
  i64.load32_u offset=4
  local.tee $10
  local.get $18
  i64.mul
  local.get $1
  i64.load32_u offset=4
  local.tee $20
  local.get $9
  i64.mul
  i64.add
  local.get $3
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $4
  i64.const 536870911
  i64.and
  local.set $3
  local.get $2
  i64.load32_u offset=8
  local.tee $11
  local.get $18
  i64.mul
  local.get $10
  local.get $20
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=8
  local.tee $21
  local.get $9
  i64.mul
  i64.add
  local.get $4
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $5
  i64.const 536870911
  i64.and
  local.set $4
  local.get $2
  i64.load32_u offset=12
  local.tee $12
  local.get $18
  i64.mul
  local.get $11
  local.get $20
  i64.mul
  i64.add
  local.get $10
  local.get $21
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=12
  local.tee $22
  local.get $9
  i64.mul
  i64.add
  local.get $19
  i64.const 9
  i64.shl
  i64.add
  local.get $5
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $6
  i64.const 536870911
  i64.and
  local.set $5
  local.get $2
  i64.load32_u offset=16
  local.tee $13
  local.get $18
  i64.mul
  local.get $12
  local.get $20
  i64.mul
  i64.add
  local.get $11
  local.get $21
  i64.mul
  i64.add
  local.get $10
  local.get $22
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=16
  local.tee $23
  local.get $9
  i64.mul
  i64.add
  local.get $3
  i64.const 9
  i64.shl
  i64.add
  local.get $6
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $7
  i64.const 536870911
  i64.and
  local.set $6
  local.get $2
  i64.load32_u offset=20
  local.tee $14
  local.get $18
  i64.mul
  local.get $13
  local.get $20
  i64.mul
  i64.add
  local.get $12
  local.get $21
  i64.mul
  i64.add
  local.get $11
  local.get $22
  i64.mul
  i64.add
  local.get $10
  local.get $23
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=20
  local.tee $24
  local.get $9
  i64.mul
  i64.add
  local.get $4
  i64.const 9
  i64.shl
  i64.add
  local.get $7
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $8
  i64.const 536870911
  i64.and
  local.set $7
  local.get $2
  i64.load32_u offset=24
  local.tee $15
  local.get $18
  i64.mul
  local.get $14
  local.get $20
  i64.mul
  i64.add
  local.get $13
  local.get $21
  i64.mul
  i64.add
  local.get $12
  local.get $22
  i64.mul
  i64.add
  local.get $11
  local.get $23
  i64.mul
  i64.add
  local.get $10
  local.get $24
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=24
  local.tee $25
  local.get $9
  i64.mul
  i64.add
  local.get $19
  i64.const 18
  i64.shl
  i64.add
  local.get $5
  i64.const 9
  i64.shl
  i64.add
  local.get $8
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $17
  i64.const 536870911
  i64.and
  local.set $8
  local.get $2
  i64.load32_u offset=28
  local.tee $16
  local.get $18
  i64.mul
  local.get $15
  local.get $20
  i64.mul
  i64.add
  local.get $14
  local.get $21
  i64.mul
  i64.add
  local.get $13
  local.get $22
  i64.mul
  i64.add
  local.get $12
  local.get $23
  i64.mul
  i64.add
  local.get $11
  local.get $24
  i64.mul
  i64.add
  local.get $10
  local.get $25
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=28
  local.tee $26
  local.get $9
  i64.mul
  i64.add
  local.get $19
  i64.const 21
  i64.shl
  i64.sub
  local.get $3
  i64.const 18
  i64.shl
  i64.add
  local.get $6
  i64.const 9
  i64.shl
  i64.add
  local.get $17
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $27
  i64.const 536870911
  i64.and
  local.set $28
  local.get $2
  i64.load32_u offset=32
  local.tee $17
  local.get $18
  i64.mul
  local.get $16
  local.get $20
  i64.mul
  i64.add
  local.get $15
  local.get $21
  i64.mul
  i64.add
  local.get $14
  local.get $22
  i64.mul
  i64.add
  local.get $13
  local.get $23
  i64.mul
  i64.add
  local.get $12
  local.get $24
  i64.mul
  i64.add
  local.get $11
  local.get $25
  i64.mul
  i64.add
  local.get $10
  local.get $26
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=32
  local.tee $18
  local.get $9
  i64.mul
  i64.add
  local.get $19
  i64.const 24
  i64.shl
  i64.add
  local.get $3
  i64.const 21
  i64.shl
  i64.sub
  local.get $4
  i64.const 18
  i64.shl
  i64.add
  local.get $7
  i64.const 9
  i64.shl
  i64.add
  local.get $27
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $9
  i64.const 536870911
  i64.and
  local.set $19
  local.get $17
  local.get $21
  i64.mul
  local.get $16
  local.get $22
  i64.mul
  i64.add
  local.get $15
  local.get $23
  i64.mul
  i64.add
  local.get $14
  local.get $24
  i64.mul
  i64.add
  local.get $13
  local.get $25
  i64.mul
  i64.add
  local.get $12
  local.get $26
  i64.mul
  i64.add
  local.get $11
  local.get $18
  i64.mul
  i64.add
  local.get $4
  i64.const 24
  i64.shl
  i64.add
  local.get $5
  i64.const 21
  i64.shl
  i64.sub
  local.get $6
  i64.const 18
  i64.shl
  i64.add
  local.get $28
  i64.const 9
  i64.shl
  i64.add
  local.get $17
  local.get $20
  i64.mul
  local.get $16
  local.get $21
  i64.mul
  i64.add
  local.get $15
  local.get $22
  i64.mul
  i64.add
  local.get $14
  local.get $23
  i64.mul
  i64.add
  local.get $13
  local.get $24
  i64.mul
  i64.add
  local.get $12
  local.get $25
  i64.mul
  i64.add
  local.get $11
  local.get $26
  i64.mul
  i64.add
  local.get $10
  local.get $18
  i64.mul
  i64.add
  local.get $3
  i64.const 24
  i64.shl
  i64.add
  local.get $4
  i64.const 21
  i64.shl
  i64.sub
  local.get $5
  i64.const 18
  i64.shl
  i64.add
  local.get $8
  i64.const 9
  i64.shl
  i64.add
  local.get $9
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_s
  i64.add
  local.set $4
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=4
  local.get $17
  local.get $23
  i64.mul
  local.get $16
  local.get $24
  i64.mul
  i64.add
  local.get $15
  local.get $25
  i64.mul
  i64.add
  local.get $14
  local.get $26
  i64.mul
  i64.add
  local.get $13
  local.get $18
  i64.mul
  i64.add
  local.get $6
  i64.const 24
  i64.shl
  i64.add
  local.get $7
  i64.const 21
  i64.shl
  i64.sub
  local.get $8
  i64.const 18
  i64.shl
  i64.add
  local.get $17
  local.get $22
  i64.mul
  local.get $16
  local.get $23
  i64.mul
  i64.add
  local.get $15
  local.get $24
  i64.mul
  i64.add
  local.get $14
  local.get $25
  i64.mul
  i64.add
  local.get $13
  local.get $26
  i64.mul
  i64.add
  local.get $12
  local.get $18
  i64.mul
  i64.add
  local.get $5
  i64.const 24
  i64.shl
  i64.add
  local.get $6
  i64.const 21
  i64.shl
  i64.sub
  local.get $7
  i64.const 18
  i64.shl
  i64.add
  local.get $19
  i64.const 9
  i64.shl
  i64.add
  local.get $4
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_s
  i64.add
  local.set $4
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=8
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=12
  local.get $17
  local.get $25
  i64.mul
  local.get $16
  local.get $26
  i64.mul
  i64.add
  local.get $15
  local.get $18
  i64.mul
  i64.add
  local.get $8
  i64.const 24
  i64.shl
  i64.add
  local.get $28
  i64.const 21
  i64.shl
  i64.sub
  local.get $19
  i64.const 18
  i64.shl
  i64.add
  local.get $17
  local.get $24
  i64.mul
  local.get $16
  local.get $25
  i64.mul
  i64.add
  local.get $15
  local.get $26
  i64.mul
  i64.add
  local.get $14
  local.get $18
  i64.mul
  i64.add
  local.get $7
  i64.const 24
  i64.shl
  i64.add
  local.get $8
  i64.const 21
  i64.shl
  i64.sub
  local.get $28
  i64.const 18
  i64.shl
  i64.add
  local.get $4
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_s
  i64.add
  local.set $4
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=16
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=20
  local.get $17
  local.get $18
  i64.mul
  local.get $19
  i64.const 24
  i64.shl
  i64.add
  local.get $17
  local.get $26
  i64.mul
  local.get $16
  local.get $18
  i64.mul
  i64.add
  local.get $28
  i64.const 24
  i64.shl
  i64.add
  local.get $19
  i64.const 21
  i64.shl
  i64.sub
  local.get $4
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_s
  i64.add
  local.set $4
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=24
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=28
  local.get $0
  local.get $4
  i64.const 29
  i64.shr_s
  i64.store32 offset=32
 )
 (func $assembly/pk/p521-mul/feMul (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i64)
  (local $4 i64)
  (local $5 i64)
  (local $6 i64)
  (local $7 i64)
  (local $8 i64)
  (local $9 i64)
  (local $10 i64)
  (local $11 i64)
  (local $12 i64)
  (local $13 i64)
  (local $14 i64)
  (local $15 i64)
  (local $16 i64)
  (local $17 i64)
  (local $18 i64)
  (local $19 i64)
  (local $20 i64)
  (local $21 i64)
  (local $22 i64)
  (local $23 i64)
  (local $24 i64)
  (local $25 i64)
  (local $26 i64)
  (local $27 i64)
  (local $28 i64)
  (local $29 i64)
  (local $30 i64)
  (local $31 i64)
  (local $32 i64)
  (local $33 i64)
  (local $34 i64)
  (local $35 i64)
  (local $36 i64)
  (local $37 i64)
  (local $38 i64)
  (local $39 i64)
  (local $40 i64)
  (local $41 i64)
  (local $42 i64)
  (local $43 i64)
  (local $44 i64)
  (local $45 i64)
  (local $46 i64)
  (local $47 i64)
  (local $48 i64)
  (local $49 i64)
  (local $50 i64)
  (local $51 i64)
  (local $52 i64)
  (local $53 i64)
  (local $54 i64)
  (local $55 i64)
  local.get $0
  local.get $1
  i64.load32_u
  local.tee $19
  local.get $2
  i64.load32_u
  local.tee $20
  i64.mul
  local.get $1
  i64.load32_u offset=4
  local.tee $21
  local.get $2
  i64.load32_u offset=68
  local.tee $17
  i64.const 1
  i64.shl
  local.tee $22
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=8
  local.tee $38
  local.get $2
  i64.load32_u offset=64
  local.tee $16
  i64.const 1
  i64.shl
  local.tee $23
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=12
  local.tee $39
  local.get $2
  i64.load32_u offset=60
  local.tee $15
  i64.const 1
  i64.shl
  local.tee $24
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=16
  local.tee $40
  local.get $2
  i64.load32_u offset=56
  local.tee $14
  i64.const 1
  i64.shl
  local.tee $25
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=20
  local.tee $41
  local.get $2
  i64.load32_u offset=52
  local.tee $13
  i64.const 1
  i64.shl
  local.tee $26
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=24
  local.tee $42
  local.get $2
  i64.load32_u offset=48
  local.tee $12
  i64.const 1
  i64.shl
  local.tee $27
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=28
  local.tee $43
  local.get $2
  i64.load32_u offset=44
  local.tee $11
  i64.const 1
  i64.shl
  local.tee $28
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=32
  local.tee $44
  local.get $2
  i64.load32_u offset=40
  local.tee $10
  i64.const 1
  i64.shl
  local.tee $29
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=36
  local.tee $45
  local.get $2
  i64.load32_u offset=36
  local.tee $9
  i64.const 1
  i64.shl
  local.tee $30
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=40
  local.tee $46
  local.get $2
  i64.load32_u offset=32
  local.tee $8
  i64.const 1
  i64.shl
  local.tee $31
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=44
  local.tee $47
  local.get $2
  i64.load32_u offset=28
  local.tee $7
  i64.const 1
  i64.shl
  local.tee $32
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=48
  local.tee $48
  local.get $2
  i64.load32_u offset=24
  local.tee $6
  i64.const 1
  i64.shl
  local.tee $33
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=52
  local.tee $49
  local.get $2
  i64.load32_u offset=20
  local.tee $5
  i64.const 1
  i64.shl
  local.tee $34
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=56
  local.tee $50
  local.get $2
  i64.load32_u offset=16
  local.tee $4
  i64.const 1
  i64.shl
  local.tee $35
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=60
  local.tee $51
  local.get $2
  i64.load32_u offset=12
  local.tee $3
  i64.const 1
  i64.shl
  local.tee $36
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=64
  local.tee $52
  local.get $2
  i64.load32_u offset=8
  local.tee $53
  i64.const 1
  i64.shl
  local.tee $37
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=68
  local.tee $54
  local.get $2
  i64.load32_u offset=4
  local.tee $55
  i64.const 1
  i64.shl
  i64.mul
  i64.add
  local.tee $18
  i64.const 536870911
  i64.and
  local.get $17
  local.get $19
  i64.mul
  local.get $16
  local.get $21
  i64.mul
  i64.add
  local.get $15
  local.get $38
  i64.mul
  i64.add
  local.get $14
  local.get $39
  i64.mul
  i64.add
  local.get $13
  local.get $40
  i64.mul
  i64.add
  local.get $12
  local.get $41
  i64.mul
  i64.add
  local.get $11
  local.get $42
  i64.mul
  i64.add
  local.get $10
  local.get $43
  i64.mul
  i64.add
  local.get $9
  local.get $44
  i64.mul
  i64.add
  local.get $8
  local.get $45
  i64.mul
  i64.add
  local.get $7
  local.get $46
  i64.mul
  i64.add
  local.get $6
  local.get $47
  i64.mul
  i64.add
  local.get $5
  local.get $48
  i64.mul
  i64.add
  local.get $4
  local.get $49
  i64.mul
  i64.add
  local.get $3
  local.get $50
  i64.mul
  i64.add
  local.get $51
  local.get $53
  i64.mul
  i64.add
  local.get $52
  local.get $55
  i64.mul
  i64.add
  local.get $20
  local.get $54
  i64.mul
  i64.add
  local.get $16
  local.get $19
  i64.mul
  local.get $15
  local.get $21
  i64.mul
  i64.add
  local.get $14
  local.get $38
  i64.mul
  i64.add
  local.get $13
  local.get $39
  i64.mul
  i64.add
  local.get $12
  local.get $40
  i64.mul
  i64.add
  local.get $11
  local.get $41
  i64.mul
  i64.add
  local.get $10
  local.get $42
  i64.mul
  i64.add
  local.get $9
  local.get $43
  i64.mul
  i64.add
  local.get $8
  local.get $44
  i64.mul
  i64.add
  local.get $7
  local.get $45
  i64.mul
  i64.add
  local.get $6
  local.get $46
  i64.mul
  i64.add
  local.get $5
  local.get $47
  i64.mul
  i64.add
  local.get $4
  local.get $48
  i64.mul
  i64.add
  local.get $3
  local.get $49
  i64.mul
  i64.add
  local.get $50
  local.get $53
  i64.mul
  i64.add
  local.get $51
  local.get $55
  i64.mul
  i64.add
  local.get $20
  local.get $52
  i64.mul
  i64.add
  local.get $22
  local.get $54
  i64.mul
  i64.add
  local.get $15
  local.get $19
  i64.mul
  local.get $14
  local.get $21
  i64.mul
  i64.add
  local.get $13
  local.get $38
  i64.mul
  i64.add
  local.get $12
  local.get $39
  i64.mul
  i64.add
  local.get $11
  local.get $40
  i64.mul
  i64.add
  local.get $10
  local.get $41
  i64.mul
  i64.add
  local.get $9
  local.get $42
  i64.mul
  i64.add
  local.get $8
  local.get $43
  i64.mul
  i64.add
  local.get $7
  local.get $44
  i64.mul
  i64.add
  local.get $6
  local.get $45
  i64.mul
  i64.add
  local.get $5
  local.get $46
  i64.mul
  i64.add
  local.get $4
  local.get $47
  i64.mul
  i64.add
  local.get $3
  local.get $48
  i64.mul
  i64.add
  local.get $49
  local.get $53
  i64.mul
  i64.add
  local.get $50
  local.get $55
  i64.mul
  i64.add
  local.get $20
  local.get $51
  i64.mul
  i64.add
  local.get $22
  local.get $52
  i64.mul
  i64.add
  local.get $23
  local.get $54
  i64.mul
  i64.add
  local.get $14
  local.get $19
  i64.mul
  local.get $13
  local.get $21
  i64.mul
  i64.add
  local.get $12
  local.get $38
  i64.mul
  i64.add
  local.get $11
  local.get $39
  i64.mul
  i64.add
  local.get $10
  local.get $40
  i64.mul
  i64.add
  local.get $9
  local.get $41
  i64.mul
  i64.add
  local.get $8
  local.get $42
  i64.mul
  i64.add
  local.get $7
  local.get $43
  i64.mul
  i64.add
  local.get $6
  local.get $44
  i64.mul
  i64.add
  local.get $5
  local.get $45
  i64.mul
  i64.add
  local.get $4
  local.get $46
  i64.mul
  i64.add
  local.get $3
  local.get $47
  i64.mul
  i64.add
  local.get $48
  local.get $53
  i64.mul
  i64.add
  local.get $49
  local.get $55
  i64.mul
  i64.add
  local.get $20
  local.get $50
  i64.mul
  i64.add
  local.get $22
  local.get $51
  i64.mul
  i64.add
  local.get $23
  local.get $52
  i64.mul
  i64.add
  local.get $24
  local.get $54
  i64.mul
  i64.add
  local.get $13
  local.get $19
  i64.mul
  local.get $12
  local.get $21
  i64.mul
  i64.add
  local.get $11
  local.get $38
  i64.mul
  i64.add
  local.get $10
  local.get $39
  i64.mul
  i64.add
  local.get $9
  local.get $40
  i64.mul
  i64.add
  local.get $8
  local.get $41
  i64.mul
  i64.add
  local.get $7
  local.get $42
  i64.mul
  i64.add
  local.get $6
  local.get $43
  i64.mul
  i64.add
  local.get $5
  local.get $44
  i64.mul
  i64.add
  local.get $4
  local.get $45
  i64.mul
  i64.add
  local.get $3
  local.get $46
  i64.mul
  i64.add
  local.get $47
  local.get $53
  i64.mul
  i64.add
  local.get $48
  local.get $55
  i64.mul
  i64.add
  local.get $20
  local.get $49
  i64.mul
  i64.add
  local.get $22
  local.get $50
  i64.mul
  i64.add
  local.get $23
  local.get $51
  i64.mul
  i64.add
  local.get $24
  local.get $52
  i64.mul
  i64.add
  local.get $25
  local.get $54
  i64.mul
  i64.add
  local.get $12
  local.get $19
  i64.mul
  local.get $11
  local.get $21
  i64.mul
  i64.add
  local.get $10
  local.get $38
  i64.mul
  i64.add
  local.get $9
  local.get $39
  i64.mul
  i64.add
  local.get $8
  local.get $40
  i64.mul
  i64.add
  local.get $7
  local.get $41
  i64.mul
  i64.add
  local.get $6
  local.get $42
  i64.mul
  i64.add
  local.get $5
  local.get $43
  i64.mul
  i64.add
  local.get $4
  local.get $44
  i64.mul
  i64.add
  local.get $3
  local.get $45
  i64.mul
  i64.add
  local.get $46
  local.get $53
  i64.mul
  i64.add
  local.get $47
  local.get $55
  i64.mul
  i64.add
  local.get $20
  local.get $48
  i64.mul
  i64.add
  local.get $22
  local.get $49
  i64.mul
  i64.add
  local.get $23
  local.get $50
  i64.mul
  i64.add
  local.get $24
  local.get $51
  i64.mul
  i64.add
  local.get $25
  local.get $52
  i64.mul
  i64.add
  local.get $26
  local.get $54
  i64.mul
  i64.add
  local.get $11
  local.get $19
  i64.mul
  local.get $10
  local.get $21
  i64.mul
  i64.add
  local.get $9
  local.get $38
  i64.mul
  i64.add
  local.get $8
  local.get $39
  i64.mul
  i64.add
  local.get $7
  local.get $40
  i64.mul
  i64.add
  local.get $6
  local.get $41
  i64.mul
  i64.add
  local.get $5
  local.get $42
  i64.mul
  i64.add
  local.get $4
  local.get $43
  i64.mul
  i64.add
  local.get $3
  local.get $44
  i64.mul
  i64.add
  local.get $45
  local.get $53
  i64.mul
  i64.add
  local.get $46
  local.get $55
  i64.mul
  i64.add
  local.get $20
  local.get $47
  i64.mul
  i64.add
  local.get $22
  local.get $48
  i64.mul
  i64.add
  local.get $23
  local.get $49
  i64.mul
  i64.add
  local.get $24
  local.get $50
  i64.mul
  i64.add
  local.get $25
  local.get $51
  i64.mul
  i64.add
  local.get $26
  local.get $52
  i64.mul
  i64.add
  local.get $27
  local.get $54
  i64.mul
  i64.add
  local.get $10
  local.get $19
  i64.mul
  local.get $9
  local.get $21
  i64.mul
  i64.add
  local.get $8
  local.get $38
  i64.mul
  i64.add
  local.get $7
  local.get $39
  i64.mul
  i64.add
  local.get $6
  local.get $40
  i64.mul
  i64.add
  local.get $5
  local.get $41
  i64.mul
  i64.add
  local.get $4
  local.get $42
  i64.mul
  i64.add
  local.get $3
  local.get $43
  i64.mul
  i64.add
  local.get $44
  local.get $53
  i64.mul
  i64.add
  local.get $45
  local.get $55
  i64.mul
  i64.add
  local.get $20
  local.get $46
  i64.mul
  i64.add
  local.get $22
  local.get $47
  i64.mul
  i64.add
  local.get $23
  local.get $48
  i64.mul
  i64.add
  local.get $24
  local.get $49
  i64.mul
  i64.add
  local.get $25
  local.get $50
  i64.mul
  i64.add
  local.get $26
  local.get $51
  i64.mul
  i64.add
  local.get $27
  local.get $52
  i64.mul
  i64.add
  local.get $28
  local.get $54
  i64.mul
  i64.add
  local.get $9
  local.get $19
  i64.mul
  local.get $8
  local.get $21
  i64.mul
  i64.add
  local.get $7
  local.get $38
  i64.mul
  i64.add
  local.get $6
  local.get $39
  i64.mul
  i64.add
  local.get $5
  local.get $40
  i64.mul
  i64.add
  local.get $4
  local.get $41
  i64.mul
  i64.add
  local.get $3
  local.get $42
  i64.mul
  i64.add
  local.get $43
  local.get $53
  i64.mul
  i64.add
  local.get $44
  local.get $55
  i64.mul
  i64.add
  local.get $20
  local.get $45
  i64.mul
  i64.add
  local.get $22
  local.get $46
  i64.mul
  i64.add
  local.get $23
  local.get $47
  i64.mul
  i64.add
  local.get $24
  local.get $48
  i64.mul
  i64.add
  local.get $25
  local.get $49
  i64.mul
  i64.add
  local.get $26
  local.get $50
  i64.mul
  i64.add
  local.get $27
  local.get $51
  i64.mul
  i64.add
  local.get $28
  local.get $52
  i64.mul
  i64.add
  local.get $29
  local.get $54
  i64.mul
  i64.add
  local.get $8
  local.get $19
  i64.mul
  local.get $7
  local.get $21
  i64.mul
  i64.add
  local.get $6
  local.get $38
  i64.mul
  i64.add
  local.get $5
  local.get $39
  i64.mul
  i64.add
  local.get $4
  local.get $40
  i64.mul
  i64.add
  local.get $3
  local.get $41
  i64.mul
  i64.add
  local.get $42
  local.get $53
  i64.mul
  i64.add
  local.get $43
  local.get $55
  i64.mul
  i64.add
  local.get $20
  local.get $44
  i64.mul
  i64.add
  local.get $22
  local.get $45
  i64.mul
  i64.add
  local.get $23
  local.get $46
  i64.mul
  i64.add
  local.get $24
  local.get $47
  i64.mul
  i64.add
  local.get $25
  local.get $48
  i64.mul
  i64.add
  local.get $26
  local.get $49
  i64.mul
  i64.add
  local.get $27
  local.get $50
  i64.mul
  i64.add
  local.get $28
  local.get $51
  i64.mul
  i64.add
  local.get $29
  local.get $52
  i64.mul
  i64.add
  local.get $30
  local.get $54
  i64.mul
  i64.add
  local.get $7
  local.get $19
  i64.mul
  local.get $6
  local.get $21
  i64.mul
  i64.add
  local.get $5
  local.get $38
  i64.mul
  i64.add
  local.get $4
  local.get $39
  i64.mul
  i64.add
  local.get $3
  local.get $40
  i64.mul
  i64.add
  local.get $41
  local.get $53
  i64.mul
  i64.add
  local.get $42
  local.get $55
  i64.mul
  i64.add
  local.get $20
  local.get $43
  i64.mul
  i64.add
  local.get $22
  local.get $44
  i64.mul
  i64.add
  local.get $23
  local.get $45
  i64.mul
  i64.add
  local.get $24
  local.get $46
  i64.mul
  i64.add
  local.get $25
  local.get $47
  i64.mul
  i64.add
  local.get $26
  local.get $48
  i64.mul
  i64.add
  local.get $27
  local.get $49
  i64.mul
  i64.add
  local.get $28
  local.get $50
  i64.mul
  i64.add
  local.get $29
  local.get $51
  i64.mul
  i64.add
  local.get $30
  local.get $52
  i64.mul
  i64.add
  local.get $31
  local.get $54
  i64.mul
  i64.add
  local.get $6
  local.get $19
  i64.mul
  local.get $5
  local.get $21
  i64.mul
  i64.add
  local.get $4
  local.get $38
  i64.mul
  i64.add
  local.get $3
  local.get $39
  i64.mul
  i64.add
  local.get $40
  local.get $53
  i64.mul
  i64.add
  local.get $41
  local.get $55
  i64.mul
  i64.add
  local.get $20
  local.get $42
  i64.mul
  i64.add
  local.get $22
  local.get $43
  i64.mul
  i64.add
  local.get $23
  local.get $44
  i64.mul
  i64.add
  local.get $24
  local.get $45
  i64.mul
  i64.add
  local.get $25
  local.get $46
  i64.mul
  i64.add
  local.get $26
  local.get $47
  i64.mul
  i64.add
  local.get $27
  local.get $48
  i64.mul
  i64.add
  local.get $28
  local.get $49
  i64.mul
  i64.add
  local.get $29
  local.get $50
  i64.mul
  i64.add
  local.get $30
  local.get $51
  i64.mul
  i64.add
  local.get $31
  local.get $52
  i64.mul
  i64.add
  local.get $32
  local.get $54
  i64.mul
  i64.add
  local.get $5
  local.get $19
  i64.mul
  local.get $4
  local.get $21
  i64.mul
  i64.add
  local.get $3
  local.get $38
  i64.mul
  i64.add
  local.get $39
  local.get $53
  i64.mul
  i64.add
  local.get $40
  local.get $55
  i64.mul
  i64.add
  local.get $20
  local.get $41
  i64.mul
  i64.add
  local.get $22
  local.get $42
  i64.mul
  i64.add
  local.get $23
  local.get $43
  i64.mul
  i64.add
  local.get $24
  local.get $44
  i64.mul
  i64.add
  local.get $25
  local.get $45
  i64.mul
  i64.add
  local.get $26
  local.get $46
  i64.mul
  i64.add
  local.get $27
  local.get $47
  i64.mul
  i64.add
  local.get $28
  local.get $48
  i64.mul
  i64.add
  local.get $29
  local.get $49
  i64.mul
  i64.add
  local.get $30
  local.get $50
  i64.mul
  i64.add
  local.get $31
  local.get $51
  i64.mul
  i64.add
  local.get $32
  local.get $52
  i64.mul
  i64.add
  local.get $33
  local.get $54
  i64.mul
  i64.add
  local.get $4
  local.get $19
  i64.mul
  local.get $3
  local.get $21
  i64.mul
  i64.add
  local.get $38
  local.get $53
  i64.mul
  i64.add
  local.get $39
  local.get $55
  i64.mul
  i64.add
  local.get $20
  local.get $40
  i64.mul
  i64.add
  local.get $22
  local.get $41
  i64.mul
  i64.add
  local.get $23
  local.get $42
  i64.mul
  i64.add
  local.get $24
  local.get $43
  i64.mul
  i64.add
  local.get $25
  local.get $44
  i64.mul
  i64.add
  local.get $26
  local.get $45
  i64.mul
  i64.add
  local.get $27
  local.get $46
  i64.mul
  i64.add
  local.get $28
  local.get $47
  i64.mul
  i64.add
  local.get $29
  local.get $48
  i64.mul
  i64.add
  local.get $30
  local.get $49
  i64.mul
  i64.add
  local.get $31
  local.get $50
  i64.mul
  i64.add
  local.get $32
  local.get $51
  i64.mul
  i64.add
  local.get $33
  local.get $52
  i64.mul
  i64.add
  local.get $34
  local.get $54
  i64.mul
  i64.add
  local.get $3
  local.get $19
  i64.mul
  local.get $21
  local.get $53
  i64.mul
  i64.add
  local.get $38
  local.get $55
  i64.mul
  i64.add
  local.get $20
  local.get $39
  i64.mul
  i64.add
  local.get $22
  local.get $40
  i64.mul
  i64.add
  local.get $23
  local.get $41
  i64.mul
  i64.add
  local.get $24
  local.get $42
  i64.mul
  i64.add
  local.get $25
  local.get $43
  i64.mul
  i64.add
  local.get $26
  local.get $44
  i64.mul
  i64.add
  local.get $27
  local.get $45
  i64.mul
  i64.add
  local.get $28
  local.get $46
  i64.mul
  i64.add
  local.get $29
  local.get $47
  i64.mul
  i64.add
  local.get $30
  local.get $48
  i64.mul
  i64.add
  local.get $31
  local.get $49
  i64.mul
  i64.add
  local.get $32
  local.get $50
  i64.mul
  i64.add
  local.get $33
  local.get $51
  i64.mul
  i64.add
  local.get $34
  local.get $52
  i64.mul
  i64.add
  local.get $35
  local.get $54
  i64.mul
  i64.add
  local.get $19
  local.get $53
  i64.mul
  local.get $21
  local.get $55
  i64.mul
  i64.add
  local.get $20
  local.get $38
  i64.mul
  i64.add
  local.get $22
  local.get $39
  i64.mul
  i64.add
  local.get $23
  local.get $40
  i64.mul
  i64.add
  local.get $24
  local.get $41
  i64.mul
  i64.add
  local.get $25
  local.get $42
  i64.mul
  i64.add
  local.get $26
  local.get $43
  i64.mul
  i64.add
  local.get $27
  local.get $44
  i64.mul
  i64.add
  local.get $28
  local.get $45
  i64.mul
  i64.add
  local.get $29
  local.get $46
  i64.mul
  i64.add
  local.get $30
  local.get $47
  i64.mul
  i64.add
  local.get $31
  local.get $48
  i64.mul
  i64.add
  local.get $32
  local.get $49
  i64.mul
  i64.add
  local.get $33
  local.get $50
  i64.mul
  i64.add
  local.get $34
  local.get $51
  i64.mul
  i64.add
  local.get $35
  local.get $52
  i64.mul
  i64.add
  local.get $36
  local.get $54
  i64.mul
  i64.add
  local.get $19
  local.get $55
  i64.mul
  local.get $20
  local.get $21
  i64.mul
  i64.add
  local.get $22
  local.get $38
  i64.mul
  i64.add
  local.get $23
  local.get $39
  i64.mul
  i64.add
  local.get $24
  local.get $40
  i64.mul
  i64.add
  local.get $25
  local.get $41
  i64.mul
  i64.add
  local.get $26
  local.get $42
  i64.mul
  i64.add
  local.get $27
  local.get $43
  i64.mul
  i64.add
  local.get $28
  local.get $44
  i64.mul
  i64.add
  local.get $29
  local.get $45
  i64.mul
  i64.add
  local.get $30
  local.get $46
  i64.mul
  i64.add
  local.get $31
  local.get $47
  i64.mul
  i64.add
  local.get $32
  local.get $48
  i64.mul
  i64.add
  local.get $33
  local.get $49
  i64.mul
  i64.add
  local.get $34
  local.get $50
  i64.mul
  i64.add
  local.get $35
  local.get $51
  i64.mul
  i64.add
  local.get $36
  local.get $52
  i64.mul
  i64.add
  local.get $37
  local.get $54
  i64.mul
  i64.add
  local.get $18
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $4
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $5
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $6
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $7
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $8
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $9
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $10
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $11
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $12
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $13
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $14
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $15
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $16
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $17
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $18
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $19
  i64.const 28
  i64.shr_u
  i64.add
  local.tee $20
  i64.const 536870911
  i64.and
  i64.store32
  local.get $4
  i64.const 536870911
  i64.and
  local.get $3
  i64.const 536870911
  i64.and
  local.get $20
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_u
  i64.add
  local.set $4
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=4
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=8
  local.get $6
  i64.const 536870911
  i64.and
  local.get $5
  i64.const 536870911
  i64.and
  local.get $4
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_u
  i64.add
  local.set $4
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=12
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=16
  local.get $8
  i64.const 536870911
  i64.and
  local.get $7
  i64.const 536870911
  i64.and
  local.get $4
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_u
  i64.add
  local.set $4
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=20
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=24
  local.get $10
  i64.const 536870911
  i64.and
  local.get $9
  i64.const 536870911
  i64.and
  local.get $4
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_u
  i64.add
  local.set $4
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=28
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=32
  local.get $12
  i64.const 536870911
  i64.and
  local.get $11
  i64.const 536870911
  i64.and
  local.get $4
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_u
  i64.add
  local.set $4
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=36
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=40
  local.get $14
  i64.const 536870911
  i64.and
  local.get $13
  i64.const 536870911
  i64.and
  local.get $4
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_u
  i64.add
  local.set $4
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=44
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=48
  local.get $16
  i64.const 536870911
  i64.and
  local.get $15
  i64.const 536870911
  i64.and
  local.get $4
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_u
  i64.add
  local.set $4
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=52
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=56
  local.get $18
  i64.const 536870911
  i64.and
  local.get $17
  i64.const 536870911
  i64.and
  local.get $4
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_u
  i64.add
  local.set $4
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=60
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=64
  local.get $0
  local.get $19
  i64.const 268435455
  i64.and
  local.get $4
  i64.const 29
  i64.shr_u
  i64.add
  i64.store32 offset=68
 )
 (func $assembly/pk/p521-field/feSub (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  loop $for-loop|0
   local.get $3
   i32.const 18
   i32.lt_u
   if
    local.get $3
    i32.const 3
    i32.shl
    i32.const 90192
    i32.add
    local.get $3
    i32.const 2
    i32.shl
    local.tee $4
    i32.const 89280
    i32.add
    i64.load32_u
    local.get $1
    local.get $4
    i32.add
    i64.load32_u
    local.get $2
    local.get $4
    i32.add
    i64.load32_u
    i64.sub
    i64.add
    i64.store
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|0
   end
  end
  local.get $0
  call $assembly/pk/p521-field/settle
 )
 (func $assembly/pk/p384-field/feSub (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  loop $for-loop|0
   local.get $3
   i32.const 14
   i32.lt_u
   if
    local.get $3
    i32.const 3
    i32.shl
    i32.const 68560
    i32.add
    local.get $3
    i32.const 2
    i32.shl
    local.tee $4
    i32.const 67820
    i32.add
    i64.load32_u
    local.get $1
    local.get $4
    i32.add
    i64.load32_u
    local.get $2
    local.get $4
    i32.add
    i64.load32_u
    i64.sub
    i64.add
    i64.store
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|0
   end
  end
  local.get $0
  call $assembly/pk/p384-field/settle
 )
 (func $assembly/pk/p256-field/feSub (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i64)
  (local $4 i64)
  (local $5 i64)
  (local $6 i64)
  (local $7 i64)
  (local $8 i64)
  (local $9 i64)
  (local $10 i64)
  (local $11 i64)
  i32.const 46220
  i64.load32_u
  local.get $1
  i64.load32_u offset=8
  local.get $2
  i64.load32_u offset=8
  i64.sub
  i64.add
  local.set $8
  i32.const 46228
  i64.load32_u
  local.get $1
  i64.load32_u offset=16
  local.get $2
  i64.load32_u offset=16
  i64.sub
  i64.add
  local.set $9
  i32.const 46232
  i64.load32_u
  local.get $1
  i64.load32_u offset=20
  local.get $2
  i64.load32_u offset=20
  i64.sub
  i64.add
  i32.const 46224
  i64.load32_u
  local.get $1
  i64.load32_u offset=12
  local.get $2
  i64.load32_u offset=12
  i64.sub
  i64.add
  i32.const 46244
  i64.load32_u
  local.get $1
  i64.load32_u offset=32
  local.get $2
  i64.load32_u offset=32
  i64.sub
  i64.add
  local.tee $4
  i64.const 24
  i64.shr_s
  local.tee $7
  i64.const 9
  i64.shl
  i64.sub
  i32.const 46236
  i64.load32_u
  local.get $1
  i64.load32_u offset=24
  local.get $2
  i64.load32_u offset=24
  i64.sub
  i64.add
  local.get $7
  i64.const 18
  i64.shl
  i64.sub
  local.set $5
  i32.const 46240
  i64.load32_u
  local.get $1
  i64.load32_u offset=28
  local.get $2
  i64.load32_u offset=28
  i64.sub
  i64.add
  local.get $7
  i64.const 21
  i64.shl
  i64.add
  local.set $6
  i32.const 46216
  i64.load32_u
  local.get $1
  i64.load32_u offset=4
  local.get $2
  i64.load32_u offset=4
  i64.sub
  i64.add
  local.get $7
  i32.const 46212
  i64.load32_u
  local.get $1
  i64.load32_u
  local.get $2
  i64.load32_u
  i64.sub
  i64.add
  i64.add
  local.tee $11
  i64.const 29
  i64.shr_s
  i64.add
  local.set $7
  local.get $0
  local.get $11
  i64.const 536870911
  i64.and
  i64.store32
  local.get $0
  local.get $7
  i64.const 536870911
  i64.and
  i64.store32 offset=4
  local.get $8
  local.get $7
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $7
  i64.const 29
  i64.shr_s
  i64.add
  local.set $8
  local.get $0
  local.get $7
  i64.const 536870911
  i64.and
  i64.store32 offset=8
  local.get $0
  local.get $8
  i64.const 536870911
  i64.and
  i64.store32 offset=12
  local.get $9
  local.get $8
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_s
  i64.add
  local.set $7
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=16
  local.get $0
  local.get $7
  i64.const 536870911
  i64.and
  i64.store32 offset=20
  local.get $6
  local.get $5
  local.get $7
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_s
  i64.add
  local.set $5
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=24
  local.get $0
  local.get $5
  i64.const 536870911
  i64.and
  i64.store32 offset=28
  local.get $0
  local.get $4
  i64.const 16777215
  i64.and
  local.get $5
  i64.const 29
  i64.shr_s
  i64.add
  i64.store32 offset=32
 )
 (func $assembly/pk/p521-mul/feSqr (param $0 i32) (param $1 i32)
  (local $2 i64)
  (local $3 i64)
  (local $4 i64)
  (local $5 i64)
  (local $6 i64)
  (local $7 i64)
  (local $8 i64)
  (local $9 i64)
  (local $10 i64)
  (local $11 i64)
  (local $12 i64)
  (local $13 i64)
  (local $14 i64)
  (local $15 i64)
  (local $16 i64)
  (local $17 i64)
  (local $18 i64)
  (local $19 i64)
  (local $20 i64)
  (local $21 i64)
  (local $22 i64)
  (local $23 i64)
  (local $24 i64)
  (local $25 i64)
  (local $26 i64)
  (local $27 i64)
  (local $28 i64)
  (local $29 i64)
  (local $30 i64)
  (local $31 i64)
  (local $32 i64)
  (local $33 i64)
  (local $34 i64)
  (local $35 i64)
  (local $36 i64)
  (local $37 i64)
  (local $38 i64)
  (local $39 i64)
  (local $40 i64)
  (local $41 i64)
  (local $42 i64)
  (local $43 i64)
  (local $44 i64)
  local.get $1
  i64.load32_u offset=8
  local.tee $9
  i64.const 1
  i64.shl
  local.set $10
  local.get $1
  i64.load32_u offset=12
  local.tee $27
  i64.const 1
  i64.shl
  local.set $11
  local.get $1
  i64.load32_u offset=16
  local.tee $28
  i64.const 1
  i64.shl
  local.set $29
  local.get $1
  i64.load32_u offset=20
  local.tee $30
  i64.const 1
  i64.shl
  local.set $31
  local.get $1
  i64.load32_u offset=24
  local.tee $32
  i64.const 1
  i64.shl
  local.set $33
  local.get $1
  i64.load32_u offset=28
  local.tee $34
  i64.const 1
  i64.shl
  local.set $35
  local.get $1
  i64.load32_u offset=32
  local.tee $36
  i64.const 1
  i64.shl
  local.set $12
  local.get $1
  i64.load32_u offset=36
  local.tee $13
  i64.const 1
  i64.shl
  local.set $37
  local.get $1
  i64.load32_u offset=40
  local.tee $14
  i64.const 1
  i64.shl
  local.set $38
  local.get $1
  i64.load32_u offset=44
  local.tee $15
  i64.const 1
  i64.shl
  local.set $39
  local.get $1
  i64.load32_u offset=48
  local.tee $16
  i64.const 1
  i64.shl
  local.set $40
  local.get $1
  i64.load32_u offset=52
  local.tee $41
  i64.const 1
  i64.shl
  local.set $42
  local.get $1
  i64.load32_u offset=56
  local.tee $43
  i64.const 1
  i64.shl
  local.set $44
  local.get $1
  i64.load32_u offset=60
  local.tee $2
  i64.const 1
  i64.shl
  local.set $3
  local.get $1
  i64.load32_u offset=64
  local.tee $4
  i64.const 1
  i64.shl
  local.set $5
  local.get $1
  i64.load32_u offset=68
  local.tee $6
  i64.const 1
  i64.shl
  local.set $7
  local.get $0
  local.get $1
  i64.load32_u
  local.tee $17
  local.get $17
  i64.mul
  local.get $1
  i64.load32_u offset=4
  local.tee $18
  local.get $6
  i64.const 2
  i64.shl
  local.tee $19
  i64.mul
  i64.add
  local.get $4
  i64.const 2
  i64.shl
  local.tee $20
  local.get $9
  i64.mul
  i64.add
  local.get $2
  i64.const 2
  i64.shl
  local.tee $21
  local.get $27
  i64.mul
  i64.add
  local.get $43
  i64.const 2
  i64.shl
  local.tee $22
  local.get $28
  i64.mul
  i64.add
  local.get $41
  i64.const 2
  i64.shl
  local.tee $23
  local.get $30
  i64.mul
  i64.add
  local.get $16
  i64.const 2
  i64.shl
  local.tee $24
  local.get $32
  i64.mul
  i64.add
  local.get $15
  i64.const 2
  i64.shl
  local.tee $25
  local.get $34
  i64.mul
  i64.add
  local.get $14
  i64.const 2
  i64.shl
  local.tee $26
  local.get $36
  i64.mul
  i64.add
  local.get $13
  local.get $37
  i64.mul
  i64.add
  local.tee $8
  i64.const 536870911
  i64.and
  local.get $7
  local.get $17
  i64.mul
  local.get $5
  local.get $18
  i64.mul
  i64.add
  local.get $3
  local.get $9
  i64.mul
  i64.add
  local.get $27
  local.get $44
  i64.mul
  i64.add
  local.get $28
  local.get $42
  i64.mul
  i64.add
  local.get $30
  local.get $40
  i64.mul
  i64.add
  local.get $32
  local.get $39
  i64.mul
  i64.add
  local.get $34
  local.get $38
  i64.mul
  i64.add
  local.get $36
  local.get $37
  i64.mul
  i64.add
  local.get $5
  local.get $17
  i64.mul
  local.get $3
  local.get $18
  i64.mul
  i64.add
  local.get $9
  local.get $44
  i64.mul
  i64.add
  local.get $27
  local.get $42
  i64.mul
  i64.add
  local.get $28
  local.get $40
  i64.mul
  i64.add
  local.get $30
  local.get $39
  i64.mul
  i64.add
  local.get $32
  local.get $38
  i64.mul
  i64.add
  local.get $34
  local.get $37
  i64.mul
  i64.add
  local.get $36
  local.get $36
  i64.mul
  i64.add
  local.get $6
  local.get $7
  i64.mul
  i64.add
  local.get $3
  local.get $17
  i64.mul
  local.get $18
  local.get $44
  i64.mul
  i64.add
  local.get $9
  local.get $42
  i64.mul
  i64.add
  local.get $27
  local.get $40
  i64.mul
  i64.add
  local.get $28
  local.get $39
  i64.mul
  i64.add
  local.get $30
  local.get $38
  i64.mul
  i64.add
  local.get $32
  local.get $37
  i64.mul
  i64.add
  local.get $12
  local.get $34
  i64.mul
  i64.add
  local.get $4
  local.get $19
  i64.mul
  i64.add
  local.get $17
  local.get $44
  i64.mul
  local.get $18
  local.get $42
  i64.mul
  i64.add
  local.get $9
  local.get $40
  i64.mul
  i64.add
  local.get $27
  local.get $39
  i64.mul
  i64.add
  local.get $28
  local.get $38
  i64.mul
  i64.add
  local.get $30
  local.get $37
  i64.mul
  i64.add
  local.get $12
  local.get $32
  i64.mul
  i64.add
  local.get $34
  local.get $34
  i64.mul
  i64.add
  local.get $2
  local.get $19
  i64.mul
  i64.add
  local.get $4
  local.get $5
  i64.mul
  i64.add
  local.get $17
  local.get $42
  i64.mul
  local.get $18
  local.get $40
  i64.mul
  i64.add
  local.get $9
  local.get $39
  i64.mul
  i64.add
  local.get $27
  local.get $38
  i64.mul
  i64.add
  local.get $28
  local.get $37
  i64.mul
  i64.add
  local.get $12
  local.get $30
  i64.mul
  i64.add
  local.get $32
  local.get $35
  i64.mul
  i64.add
  local.get $19
  local.get $43
  i64.mul
  i64.add
  local.get $2
  local.get $20
  i64.mul
  i64.add
  local.get $17
  local.get $40
  i64.mul
  local.get $18
  local.get $39
  i64.mul
  i64.add
  local.get $9
  local.get $38
  i64.mul
  i64.add
  local.get $27
  local.get $37
  i64.mul
  i64.add
  local.get $12
  local.get $28
  i64.mul
  i64.add
  local.get $30
  local.get $35
  i64.mul
  i64.add
  local.get $32
  local.get $32
  i64.mul
  i64.add
  local.get $19
  local.get $41
  i64.mul
  i64.add
  local.get $20
  local.get $43
  i64.mul
  i64.add
  local.get $2
  local.get $3
  i64.mul
  i64.add
  local.get $17
  local.get $39
  i64.mul
  local.get $18
  local.get $38
  i64.mul
  i64.add
  local.get $9
  local.get $37
  i64.mul
  i64.add
  local.get $12
  local.get $27
  i64.mul
  i64.add
  local.get $28
  local.get $35
  i64.mul
  i64.add
  local.get $30
  local.get $33
  i64.mul
  i64.add
  local.get $16
  local.get $19
  i64.mul
  i64.add
  local.get $20
  local.get $41
  i64.mul
  i64.add
  local.get $21
  local.get $43
  i64.mul
  i64.add
  local.get $17
  local.get $38
  i64.mul
  local.get $18
  local.get $37
  i64.mul
  i64.add
  local.get $9
  local.get $12
  i64.mul
  i64.add
  local.get $27
  local.get $35
  i64.mul
  i64.add
  local.get $28
  local.get $33
  i64.mul
  i64.add
  local.get $30
  local.get $30
  i64.mul
  i64.add
  local.get $15
  local.get $19
  i64.mul
  i64.add
  local.get $16
  local.get $20
  i64.mul
  i64.add
  local.get $21
  local.get $41
  i64.mul
  i64.add
  local.get $43
  local.get $44
  i64.mul
  i64.add
  local.get $17
  local.get $37
  i64.mul
  local.get $12
  local.get $18
  i64.mul
  i64.add
  local.get $9
  local.get $35
  i64.mul
  i64.add
  local.get $27
  local.get $33
  i64.mul
  i64.add
  local.get $28
  local.get $31
  i64.mul
  i64.add
  local.get $14
  local.get $19
  i64.mul
  i64.add
  local.get $15
  local.get $20
  i64.mul
  i64.add
  local.get $16
  local.get $21
  i64.mul
  i64.add
  local.get $22
  local.get $41
  i64.mul
  i64.add
  local.get $12
  local.get $17
  i64.mul
  local.get $18
  local.get $35
  i64.mul
  i64.add
  local.get $9
  local.get $33
  i64.mul
  i64.add
  local.get $27
  local.get $31
  i64.mul
  i64.add
  local.get $28
  local.get $28
  i64.mul
  i64.add
  local.get $13
  local.get $19
  i64.mul
  i64.add
  local.get $14
  local.get $20
  i64.mul
  i64.add
  local.get $15
  local.get $21
  i64.mul
  i64.add
  local.get $16
  local.get $22
  i64.mul
  i64.add
  local.get $41
  local.get $42
  i64.mul
  i64.add
  local.get $17
  local.get $35
  i64.mul
  local.get $18
  local.get $33
  i64.mul
  i64.add
  local.get $9
  local.get $31
  i64.mul
  i64.add
  local.get $27
  local.get $29
  i64.mul
  i64.add
  local.get $19
  local.get $36
  i64.mul
  i64.add
  local.get $13
  local.get $20
  i64.mul
  i64.add
  local.get $14
  local.get $21
  i64.mul
  i64.add
  local.get $15
  local.get $22
  i64.mul
  i64.add
  local.get $16
  local.get $23
  i64.mul
  i64.add
  local.get $17
  local.get $33
  i64.mul
  local.get $18
  local.get $31
  i64.mul
  i64.add
  local.get $9
  local.get $29
  i64.mul
  i64.add
  local.get $27
  local.get $27
  i64.mul
  i64.add
  local.get $19
  local.get $34
  i64.mul
  i64.add
  local.get $20
  local.get $36
  i64.mul
  i64.add
  local.get $13
  local.get $21
  i64.mul
  i64.add
  local.get $14
  local.get $22
  i64.mul
  i64.add
  local.get $15
  local.get $23
  i64.mul
  i64.add
  local.get $16
  local.get $40
  i64.mul
  i64.add
  local.get $17
  local.get $31
  i64.mul
  local.get $18
  local.get $29
  i64.mul
  i64.add
  local.get $9
  local.get $11
  i64.mul
  i64.add
  local.get $19
  local.get $32
  i64.mul
  i64.add
  local.get $20
  local.get $34
  i64.mul
  i64.add
  local.get $21
  local.get $36
  i64.mul
  i64.add
  local.get $13
  local.get $22
  i64.mul
  i64.add
  local.get $14
  local.get $23
  i64.mul
  i64.add
  local.get $15
  local.get $24
  i64.mul
  i64.add
  local.get $17
  local.get $29
  i64.mul
  local.get $11
  local.get $18
  i64.mul
  i64.add
  local.get $9
  local.get $9
  i64.mul
  i64.add
  local.get $19
  local.get $30
  i64.mul
  i64.add
  local.get $20
  local.get $32
  i64.mul
  i64.add
  local.get $21
  local.get $34
  i64.mul
  i64.add
  local.get $22
  local.get $36
  i64.mul
  i64.add
  local.get $13
  local.get $23
  i64.mul
  i64.add
  local.get $14
  local.get $24
  i64.mul
  i64.add
  local.get $15
  local.get $39
  i64.mul
  i64.add
  local.get $11
  local.get $17
  i64.mul
  local.get $10
  local.get $18
  i64.mul
  i64.add
  local.get $19
  local.get $28
  i64.mul
  i64.add
  local.get $20
  local.get $30
  i64.mul
  i64.add
  local.get $21
  local.get $32
  i64.mul
  i64.add
  local.get $22
  local.get $34
  i64.mul
  i64.add
  local.get $23
  local.get $36
  i64.mul
  i64.add
  local.get $13
  local.get $24
  i64.mul
  i64.add
  local.get $14
  local.get $25
  i64.mul
  i64.add
  local.get $10
  local.get $17
  i64.mul
  local.get $18
  local.get $18
  i64.mul
  i64.add
  local.get $19
  local.get $27
  i64.mul
  i64.add
  local.get $20
  local.get $28
  i64.mul
  i64.add
  local.get $21
  local.get $30
  i64.mul
  i64.add
  local.get $22
  local.get $32
  i64.mul
  i64.add
  local.get $23
  local.get $34
  i64.mul
  i64.add
  local.get $24
  local.get $36
  i64.mul
  i64.add
  local.get $13
  local.get $25
  i64.mul
  i64.add
  local.get $14
  local.get $38
  i64.mul
  i64.add
  local.get $18
  i64.const 1
  i64.shl
  local.get $17
  i64.mul
  local.get $9
  local.get $19
  i64.mul
  i64.add
  local.get $20
  local.get $27
  i64.mul
  i64.add
  local.get $21
  local.get $28
  i64.mul
  i64.add
  local.get $22
  local.get $30
  i64.mul
  i64.add
  local.get $23
  local.get $32
  i64.mul
  i64.add
  local.get $24
  local.get $34
  i64.mul
  i64.add
  local.get $25
  local.get $36
  i64.mul
  i64.add
  local.get $13
  local.get $26
  i64.mul
  i64.add
  local.get $8
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $2
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $4
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $5
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $6
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $7
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $8
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $9
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $10
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $11
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $12
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $13
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $14
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $15
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $16
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $17
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $18
  i64.const 28
  i64.shr_u
  i64.add
  local.tee $19
  i64.const 536870911
  i64.and
  i64.store32
  local.get $3
  i64.const 536870911
  i64.and
  local.get $2
  i64.const 536870911
  i64.and
  local.get $19
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $2
  i64.const 29
  i64.shr_u
  i64.add
  local.set $3
  local.get $0
  local.get $2
  i64.const 536870911
  i64.and
  i64.store32 offset=4
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=8
  local.get $5
  i64.const 536870911
  i64.and
  local.get $4
  i64.const 536870911
  i64.and
  local.get $3
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $2
  i64.const 29
  i64.shr_u
  i64.add
  local.set $3
  local.get $0
  local.get $2
  i64.const 536870911
  i64.and
  i64.store32 offset=12
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=16
  local.get $7
  i64.const 536870911
  i64.and
  local.get $6
  i64.const 536870911
  i64.and
  local.get $3
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $2
  i64.const 29
  i64.shr_u
  i64.add
  local.set $3
  local.get $0
  local.get $2
  i64.const 536870911
  i64.and
  i64.store32 offset=20
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=24
  local.get $9
  i64.const 536870911
  i64.and
  local.get $8
  i64.const 536870911
  i64.and
  local.get $3
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $2
  i64.const 29
  i64.shr_u
  i64.add
  local.set $3
  local.get $0
  local.get $2
  i64.const 536870911
  i64.and
  i64.store32 offset=28
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=32
  local.get $11
  i64.const 536870911
  i64.and
  local.get $10
  i64.const 536870911
  i64.and
  local.get $3
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $2
  i64.const 29
  i64.shr_u
  i64.add
  local.set $3
  local.get $0
  local.get $2
  i64.const 536870911
  i64.and
  i64.store32 offset=36
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=40
  local.get $13
  i64.const 536870911
  i64.and
  local.get $12
  i64.const 536870911
  i64.and
  local.get $3
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $2
  i64.const 29
  i64.shr_u
  i64.add
  local.set $3
  local.get $0
  local.get $2
  i64.const 536870911
  i64.and
  i64.store32 offset=44
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=48
  local.get $15
  i64.const 536870911
  i64.and
  local.get $14
  i64.const 536870911
  i64.and
  local.get $3
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $2
  i64.const 29
  i64.shr_u
  i64.add
  local.set $3
  local.get $0
  local.get $2
  i64.const 536870911
  i64.and
  i64.store32 offset=52
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=56
  local.get $17
  i64.const 536870911
  i64.and
  local.get $16
  i64.const 536870911
  i64.and
  local.get $3
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $2
  i64.const 29
  i64.shr_u
  i64.add
  local.set $3
  local.get $0
  local.get $2
  i64.const 536870911
  i64.and
  i64.store32 offset=60
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=64
  local.get $0
  local.get $18
  i64.const 268435455
  i64.and
  local.get $3
  i64.const 29
  i64.shr_u
  i64.add
  i64.store32 offset=68
 )
 (func $assembly/pk/p384-mul/feSqr (param $0 i32) (param $1 i32)
  (local $2 i64)
  (local $3 i64)
  (local $4 i64)
  (local $5 i64)
  (local $6 i64)
  (local $7 i64)
  (local $8 i64)
  (local $9 i64)
  (local $10 i64)
  (local $11 i64)
  (local $12 i64)
  (local $13 i64)
  (local $14 i64)
  (local $15 i64)
  (local $16 i64)
  (local $17 i64)
  (local $18 i64)
  (local $19 i64)
  (local $20 i64)
  (local $21 i64)
  (local $22 i64)
  (local $23 i64)
  (local $24 i64)
  (local $25 i64)
  (local $26 i64)
  (local $27 i64)
  (local $28 i64)
  (local $29 i64)
  (local $30 i64)
  (local $31 i64)
  (local $32 i64)
  (local $33 i64)
  (local $34 i64)
  (local $35 i64)
  local.get $1
  i64.load32_u
  local.tee $23
  local.get $23
  i64.mul
  local.tee $2
  i64.const 536870911
  i64.and
  local.tee $24
  i64.const 3
  i64.shl
  local.get $2
  i64.const 29
  i64.shr_s
  i64.add
  local.get $1
  i64.load32_u offset=4
  local.tee $13
  i64.const 1
  i64.shl
  local.get $23
  i64.mul
  i64.add
  local.tee $2
  i64.const 536870911
  i64.and
  local.set $25
  local.get $0
  local.get $1
  i64.load32_u offset=8
  local.tee $14
  i64.const 1
  i64.shl
  local.tee $4
  local.get $23
  i64.mul
  local.get $13
  local.get $13
  i64.mul
  i64.add
  local.get $25
  i64.const 3
  i64.shl
  local.get $2
  i64.const 29
  i64.shr_s
  i64.add
  i64.add
  local.tee $2
  i64.const 536870911
  i64.and
  local.tee $3
  i64.const 3
  i64.shl
  local.get $2
  i64.const 29
  i64.shr_s
  i64.add
  local.get $1
  i64.load32_u offset=12
  local.tee $15
  i64.const 1
  i64.shl
  local.tee $2
  local.get $23
  i64.mul
  local.get $4
  local.get $13
  i64.mul
  i64.add
  local.get $24
  i64.const 9
  i64.shl
  i64.sub
  i64.add
  local.tee $5
  i64.const 536870911
  i64.and
  local.tee $4
  i64.const 3
  i64.shl
  local.get $5
  i64.const 29
  i64.shr_s
  i64.add
  local.get $1
  i64.load32_u offset=16
  local.tee $16
  i64.const 1
  i64.shl
  local.tee $8
  local.get $23
  i64.mul
  local.get $2
  local.get $13
  i64.mul
  i64.add
  local.get $14
  local.get $14
  i64.mul
  i64.add
  local.get $24
  i64.const 12
  i64.shl
  i64.sub
  local.get $25
  i64.const 9
  i64.shl
  i64.sub
  i64.add
  local.tee $6
  i64.const 536870911
  i64.and
  local.tee $5
  i64.const 3
  i64.shl
  local.get $6
  i64.const 29
  i64.shr_s
  i64.add
  local.get $1
  i64.load32_u offset=20
  local.tee $26
  i64.const 1
  i64.shl
  local.tee $10
  local.get $23
  i64.mul
  local.get $8
  local.get $13
  i64.mul
  i64.add
  local.get $2
  local.get $14
  i64.mul
  i64.add
  local.get $25
  i64.const 12
  i64.shl
  i64.sub
  local.get $3
  i64.const 9
  i64.shl
  i64.sub
  i64.add
  local.tee $2
  i64.const 536870911
  i64.and
  local.tee $6
  i64.const 3
  i64.shl
  local.get $2
  i64.const 29
  i64.shr_s
  i64.add
  local.get $1
  i64.load32_u offset=24
  local.tee $17
  i64.const 1
  i64.shl
  local.tee $12
  local.get $23
  i64.mul
  local.get $10
  local.get $13
  i64.mul
  i64.add
  local.get $8
  local.get $14
  i64.mul
  i64.add
  local.get $15
  local.get $15
  i64.mul
  i64.add
  local.get $3
  i64.const 12
  i64.shl
  i64.sub
  local.get $4
  i64.const 9
  i64.shl
  i64.sub
  i64.add
  local.tee $2
  i64.const 536870911
  i64.and
  local.tee $7
  i64.const 3
  i64.shl
  local.get $2
  i64.const 29
  i64.shr_s
  i64.add
  local.get $1
  i64.load32_u offset=28
  local.tee $27
  i64.const 1
  i64.shl
  local.tee $18
  local.get $23
  i64.mul
  local.get $12
  local.get $13
  i64.mul
  i64.add
  local.get $10
  local.get $14
  i64.mul
  i64.add
  local.get $8
  local.get $15
  i64.mul
  i64.add
  local.get $4
  i64.const 12
  i64.shl
  i64.sub
  local.get $5
  i64.const 9
  i64.shl
  i64.sub
  i64.add
  local.tee $2
  i64.const 536870911
  i64.and
  local.tee $8
  i64.const 3
  i64.shl
  local.get $2
  i64.const 29
  i64.shr_s
  i64.add
  local.get $1
  i64.load32_u offset=32
  local.tee $28
  i64.const 1
  i64.shl
  local.tee $29
  local.get $23
  i64.mul
  local.get $13
  local.get $18
  i64.mul
  i64.add
  local.get $12
  local.get $14
  i64.mul
  i64.add
  local.get $10
  local.get $15
  i64.mul
  i64.add
  local.get $16
  local.get $16
  i64.mul
  i64.add
  local.get $5
  i64.const 12
  i64.shl
  i64.sub
  local.get $6
  i64.const 9
  i64.shl
  i64.sub
  i64.add
  local.tee $2
  i64.const 536870911
  i64.and
  local.tee $9
  i64.const 3
  i64.shl
  local.get $2
  i64.const 29
  i64.shr_s
  i64.add
  local.get $1
  i64.load32_u offset=36
  local.tee $2
  i64.const 1
  i64.shl
  local.tee $30
  local.get $23
  i64.mul
  local.get $13
  local.get $29
  i64.mul
  i64.add
  local.get $14
  local.get $18
  i64.mul
  i64.add
  local.get $12
  local.get $15
  i64.mul
  i64.add
  local.get $10
  local.get $16
  i64.mul
  i64.add
  local.get $6
  i64.const 12
  i64.shl
  i64.sub
  local.get $7
  i64.const 9
  i64.shl
  i64.sub
  i64.add
  local.tee $11
  i64.const 536870911
  i64.and
  local.tee $10
  i64.const 3
  i64.shl
  local.get $11
  i64.const 29
  i64.shr_s
  i64.add
  local.get $1
  i64.load32_u offset=40
  local.tee $31
  i64.const 1
  i64.shl
  local.tee $19
  local.get $23
  i64.mul
  local.get $13
  local.get $30
  i64.mul
  i64.add
  local.get $14
  local.get $29
  i64.mul
  i64.add
  local.get $15
  local.get $18
  i64.mul
  i64.add
  local.get $12
  local.get $16
  i64.mul
  i64.add
  local.get $26
  local.get $26
  i64.mul
  i64.add
  local.get $7
  i64.const 12
  i64.shl
  i64.sub
  local.get $8
  i64.const 9
  i64.shl
  i64.sub
  i64.add
  local.tee $20
  i64.const 536870911
  i64.and
  local.tee $11
  i64.const 3
  i64.shl
  local.get $20
  i64.const 29
  i64.shr_s
  i64.add
  local.get $1
  i64.load32_u offset=44
  local.tee $32
  i64.const 1
  i64.shl
  local.tee $20
  local.get $23
  i64.mul
  local.get $13
  local.get $19
  i64.mul
  i64.add
  local.get $14
  local.get $30
  i64.mul
  i64.add
  local.get $15
  local.get $29
  i64.mul
  i64.add
  local.get $16
  local.get $18
  i64.mul
  i64.add
  local.get $12
  local.get $26
  i64.mul
  i64.add
  local.get $8
  i64.const 12
  i64.shl
  i64.sub
  local.get $9
  i64.const 9
  i64.shl
  i64.sub
  i64.add
  local.tee $12
  i64.const 536870911
  i64.and
  local.tee $33
  i64.const 3
  i64.shl
  local.get $12
  i64.const 29
  i64.shr_s
  i64.add
  local.get $1
  i64.load32_u offset=48
  local.tee $34
  i64.const 1
  i64.shl
  local.tee $21
  local.get $23
  i64.mul
  local.get $13
  local.get $20
  i64.mul
  i64.add
  local.get $14
  local.get $19
  i64.mul
  i64.add
  local.get $15
  local.get $30
  i64.mul
  i64.add
  local.get $16
  local.get $29
  i64.mul
  i64.add
  local.get $18
  local.get $26
  i64.mul
  i64.add
  local.get $17
  local.get $17
  i64.mul
  i64.add
  local.get $9
  i64.const 12
  i64.shl
  i64.sub
  local.get $10
  i64.const 9
  i64.shl
  i64.sub
  i64.add
  local.tee $22
  i64.const 536870911
  i64.and
  local.tee $12
  i64.const 3
  i64.shl
  local.get $22
  i64.const 29
  i64.shr_s
  i64.add
  local.get $1
  i64.load32_u offset=52
  local.tee $35
  i64.const 1
  i64.shl
  local.tee $22
  local.get $23
  i64.mul
  local.get $13
  local.get $21
  i64.mul
  i64.add
  local.get $14
  local.get $20
  i64.mul
  i64.add
  local.get $15
  local.get $19
  i64.mul
  i64.add
  local.get $16
  local.get $30
  i64.mul
  i64.add
  local.get $26
  local.get $29
  i64.mul
  i64.add
  local.get $17
  local.get $18
  i64.mul
  i64.add
  local.get $24
  i64.const 7
  i64.shl
  i64.add
  local.get $10
  i64.const 12
  i64.shl
  i64.sub
  local.get $11
  i64.const 9
  i64.shl
  i64.sub
  i64.add
  local.tee $18
  i64.const 536870911
  i64.and
  local.tee $23
  i64.const 3
  i64.shl
  local.get $18
  i64.const 29
  i64.shr_s
  i64.add
  local.get $13
  local.get $22
  i64.mul
  local.get $14
  local.get $21
  i64.mul
  i64.add
  local.get $15
  local.get $20
  i64.mul
  i64.add
  local.get $16
  local.get $19
  i64.mul
  i64.add
  local.get $26
  local.get $30
  i64.mul
  i64.add
  local.get $17
  local.get $29
  i64.mul
  i64.add
  local.get $27
  local.get $27
  i64.mul
  i64.add
  local.get $25
  i64.const 7
  i64.shl
  i64.add
  local.get $11
  i64.const 12
  i64.shl
  i64.sub
  local.get $33
  i64.const 9
  i64.shl
  i64.sub
  i64.add
  local.tee $13
  i64.const 536870911
  i64.and
  i64.store32
  local.get $15
  local.get $22
  i64.mul
  local.get $16
  local.get $21
  i64.mul
  i64.add
  local.get $20
  local.get $26
  i64.mul
  i64.add
  local.get $17
  local.get $19
  i64.mul
  i64.add
  local.get $27
  local.get $30
  i64.mul
  i64.add
  local.get $28
  local.get $28
  i64.mul
  i64.add
  local.get $4
  i64.const 7
  i64.shl
  i64.add
  local.get $12
  i64.const 12
  i64.shl
  i64.sub
  local.get $23
  i64.const 9
  i64.shl
  i64.sub
  local.get $14
  local.get $22
  i64.mul
  local.get $15
  local.get $21
  i64.mul
  i64.add
  local.get $16
  local.get $20
  i64.mul
  i64.add
  local.get $19
  local.get $26
  i64.mul
  i64.add
  local.get $17
  local.get $30
  i64.mul
  i64.add
  local.get $27
  local.get $29
  i64.mul
  i64.add
  local.get $3
  i64.const 7
  i64.shl
  i64.add
  local.get $33
  i64.const 12
  i64.shl
  i64.sub
  local.get $12
  i64.const 9
  i64.shl
  i64.sub
  local.get $13
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_s
  i64.add
  local.set $4
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=4
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=8
  local.get $22
  local.get $26
  i64.mul
  local.get $17
  local.get $21
  i64.mul
  i64.add
  local.get $20
  local.get $27
  i64.mul
  i64.add
  local.get $19
  local.get $28
  i64.mul
  i64.add
  local.get $2
  local.get $2
  i64.mul
  i64.add
  local.get $6
  i64.const 7
  i64.shl
  i64.add
  local.get $16
  local.get $22
  i64.mul
  local.get $21
  local.get $26
  i64.mul
  i64.add
  local.get $17
  local.get $20
  i64.mul
  i64.add
  local.get $19
  local.get $27
  i64.mul
  i64.add
  local.get $28
  local.get $30
  i64.mul
  i64.add
  local.get $5
  i64.const 7
  i64.shl
  i64.add
  local.get $23
  i64.const 12
  i64.shl
  i64.sub
  local.get $4
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_s
  i64.add
  local.set $4
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=12
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=16
  local.get $22
  local.get $27
  i64.mul
  local.get $21
  local.get $28
  i64.mul
  i64.add
  local.get $2
  local.get $20
  i64.mul
  i64.add
  local.get $31
  local.get $31
  i64.mul
  i64.add
  local.get $8
  i64.const 7
  i64.shl
  i64.add
  local.get $17
  local.get $22
  i64.mul
  local.get $21
  local.get $27
  i64.mul
  i64.add
  local.get $20
  local.get $28
  i64.mul
  i64.add
  local.get $2
  local.get $19
  i64.mul
  i64.add
  local.get $7
  i64.const 7
  i64.shl
  i64.add
  local.get $4
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_s
  i64.add
  local.set $4
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=20
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=24
  local.get $2
  local.get $22
  i64.mul
  local.get $21
  local.get $31
  i64.mul
  i64.add
  local.get $32
  local.get $32
  i64.mul
  i64.add
  local.get $10
  i64.const 7
  i64.shl
  i64.add
  local.get $22
  local.get $28
  i64.mul
  local.get $2
  local.get $21
  i64.mul
  i64.add
  local.get $20
  local.get $31
  i64.mul
  i64.add
  local.get $9
  i64.const 7
  i64.shl
  i64.add
  local.get $4
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $2
  i64.const 29
  i64.shr_s
  i64.add
  local.set $3
  local.get $0
  local.get $2
  i64.const 536870911
  i64.and
  i64.store32 offset=28
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=32
  local.get $22
  local.get $32
  i64.mul
  local.get $34
  local.get $34
  i64.mul
  i64.add
  local.get $33
  i64.const 7
  i64.shl
  i64.add
  local.get $22
  local.get $31
  i64.mul
  local.get $21
  local.get $32
  i64.mul
  i64.add
  local.get $11
  i64.const 7
  i64.shl
  i64.add
  local.get $3
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $2
  i64.const 29
  i64.shr_s
  i64.add
  local.set $3
  local.get $0
  local.get $2
  i64.const 536870911
  i64.and
  i64.store32 offset=36
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=40
  local.get $35
  local.get $35
  i64.mul
  local.get $23
  i64.const 7
  i64.shl
  i64.add
  local.get $22
  local.get $34
  i64.mul
  local.get $12
  i64.const 7
  i64.shl
  i64.add
  local.get $3
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $2
  i64.const 29
  i64.shr_s
  i64.add
  local.set $3
  local.get $0
  local.get $2
  i64.const 536870911
  i64.and
  i64.store32 offset=44
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=48
  local.get $0
  local.get $3
  i64.const 29
  i64.shr_s
  i64.store32 offset=52
 )
 (func $assembly/pk/p256-mul/feSqr (param $0 i32) (param $1 i32)
  (local $2 i64)
  (local $3 i64)
  (local $4 i64)
  (local $5 i64)
  (local $6 i64)
  (local $7 i64)
  (local $8 i64)
  (local $9 i64)
  (local $10 i64)
  (local $11 i64)
  (local $12 i64)
  (local $13 i64)
  (local $14 i64)
  (local $15 i64)
  (local $16 i64)
  (local $17 i64)
  (local $18 i64)
  (local $19 i64)
  (local $20 i64)
  (local $21 i64)
  (local $22 i64)
  (local $23 i64)
  local.get $1
  i64.load32_u
  local.tee $14
  local.get $14
  i64.mul
  local.tee $2
  i64.const 536870911
  i64.and
  local.set $4
  local.get $1
  i64.load32_u offset=4
  local.tee $5
  i64.const 1
  i64.shl
  local.get $14
  i64.mul
  local.get $2
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $2
  i64.const 536870911
  i64.and
  local.set $15
  local.get $1
  i64.load32_u offset=8
  local.tee $6
  i64.const 1
  i64.shl
  local.tee $3
  local.get $14
  i64.mul
  local.get $5
  local.get $5
  i64.mul
  i64.add
  local.get $2
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $2
  i64.const 536870911
  i64.and
  local.set $16
  local.get $1
  i64.load32_u offset=12
  local.tee $7
  i64.const 1
  i64.shl
  local.tee $10
  local.get $14
  i64.mul
  local.get $3
  local.get $5
  i64.mul
  i64.add
  local.get $4
  i64.const 9
  i64.shl
  i64.add
  local.get $2
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $2
  i64.const 536870911
  i64.and
  local.set $17
  local.get $1
  i64.load32_u offset=16
  local.tee $8
  i64.const 1
  i64.shl
  local.tee $12
  local.get $14
  i64.mul
  local.get $5
  local.get $10
  i64.mul
  i64.add
  local.get $6
  local.get $6
  i64.mul
  i64.add
  local.get $15
  i64.const 9
  i64.shl
  i64.add
  local.get $2
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $3
  i64.const 536870911
  i64.and
  local.set $18
  local.get $1
  i64.load32_u offset=20
  local.tee $9
  i64.const 1
  i64.shl
  local.tee $2
  local.get $14
  i64.mul
  local.get $5
  local.get $12
  i64.mul
  i64.add
  local.get $6
  local.get $10
  i64.mul
  i64.add
  local.get $16
  i64.const 9
  i64.shl
  i64.add
  local.get $3
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $3
  i64.const 536870911
  i64.and
  local.set $19
  local.get $1
  i64.load32_u offset=24
  local.tee $20
  i64.const 1
  i64.shl
  local.tee $10
  local.get $14
  i64.mul
  local.get $2
  local.get $5
  i64.mul
  i64.add
  local.get $6
  local.get $12
  i64.mul
  i64.add
  local.get $7
  local.get $7
  i64.mul
  i64.add
  local.get $4
  i64.const 18
  i64.shl
  i64.add
  local.get $17
  i64.const 9
  i64.shl
  i64.add
  local.get $3
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $13
  i64.const 536870911
  i64.and
  local.set $21
  local.get $1
  i64.load32_u offset=28
  local.tee $3
  i64.const 1
  i64.shl
  local.tee $11
  local.get $14
  i64.mul
  local.get $5
  local.get $10
  i64.mul
  i64.add
  local.get $2
  local.get $6
  i64.mul
  i64.add
  local.get $7
  local.get $12
  i64.mul
  i64.add
  local.get $4
  i64.const 21
  i64.shl
  i64.sub
  local.get $15
  i64.const 18
  i64.shl
  i64.add
  local.get $18
  i64.const 9
  i64.shl
  i64.add
  local.get $13
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $22
  i64.const 536870911
  i64.and
  local.set $12
  local.get $1
  i64.load32_u offset=32
  local.tee $23
  i64.const 1
  i64.shl
  local.tee $13
  local.get $14
  i64.mul
  local.get $5
  local.get $11
  i64.mul
  i64.add
  local.get $6
  local.get $10
  i64.mul
  i64.add
  local.get $2
  local.get $7
  i64.mul
  i64.add
  local.get $8
  local.get $8
  i64.mul
  i64.add
  local.get $4
  i64.const 24
  i64.shl
  i64.add
  local.get $15
  i64.const 21
  i64.shl
  i64.sub
  local.get $16
  i64.const 18
  i64.shl
  i64.add
  local.get $19
  i64.const 9
  i64.shl
  i64.add
  local.get $22
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $4
  i64.const 536870911
  i64.and
  local.set $14
  local.get $6
  local.get $13
  i64.mul
  local.get $7
  local.get $11
  i64.mul
  i64.add
  local.get $8
  local.get $10
  i64.mul
  i64.add
  local.get $9
  local.get $9
  i64.mul
  i64.add
  local.get $16
  i64.const 24
  i64.shl
  i64.add
  local.get $17
  i64.const 21
  i64.shl
  i64.sub
  local.get $18
  i64.const 18
  i64.shl
  i64.add
  local.get $12
  i64.const 9
  i64.shl
  i64.add
  local.get $5
  local.get $13
  i64.mul
  local.get $6
  local.get $11
  i64.mul
  i64.add
  local.get $7
  local.get $10
  i64.mul
  i64.add
  local.get $2
  local.get $8
  i64.mul
  i64.add
  local.get $15
  i64.const 24
  i64.shl
  i64.add
  local.get $16
  i64.const 21
  i64.shl
  i64.sub
  local.get $17
  i64.const 18
  i64.shl
  i64.add
  local.get $21
  i64.const 9
  i64.shl
  i64.add
  local.get $4
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $2
  i64.const 29
  i64.shr_s
  i64.add
  local.set $4
  local.get $0
  local.get $2
  i64.const 536870911
  i64.and
  i64.store32
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=4
  local.get $8
  local.get $13
  i64.mul
  local.get $9
  local.get $11
  i64.mul
  i64.add
  local.get $20
  local.get $20
  i64.mul
  i64.add
  local.get $18
  i64.const 24
  i64.shl
  i64.add
  local.get $19
  i64.const 21
  i64.shl
  i64.sub
  local.get $21
  i64.const 18
  i64.shl
  i64.add
  local.get $7
  local.get $13
  i64.mul
  local.get $8
  local.get $11
  i64.mul
  i64.add
  local.get $9
  local.get $10
  i64.mul
  i64.add
  local.get $17
  i64.const 24
  i64.shl
  i64.add
  local.get $18
  i64.const 21
  i64.shl
  i64.sub
  local.get $19
  i64.const 18
  i64.shl
  i64.add
  local.get $14
  i64.const 9
  i64.shl
  i64.add
  local.get $4
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $2
  i64.const 29
  i64.shr_s
  i64.add
  local.set $4
  local.get $0
  local.get $2
  i64.const 536870911
  i64.and
  i64.store32 offset=8
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=12
  local.get $13
  local.get $20
  i64.mul
  local.get $3
  local.get $3
  i64.mul
  i64.add
  local.get $21
  i64.const 24
  i64.shl
  i64.add
  local.get $12
  i64.const 21
  i64.shl
  i64.sub
  local.get $14
  i64.const 18
  i64.shl
  i64.add
  local.get $9
  local.get $13
  i64.mul
  local.get $11
  local.get $20
  i64.mul
  i64.add
  local.get $19
  i64.const 24
  i64.shl
  i64.add
  local.get $21
  i64.const 21
  i64.shl
  i64.sub
  local.get $12
  i64.const 18
  i64.shl
  i64.add
  local.get $4
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $2
  i64.const 29
  i64.shr_s
  i64.add
  local.set $4
  local.get $0
  local.get $2
  i64.const 536870911
  i64.and
  i64.store32 offset=16
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=20
  local.get $23
  local.get $23
  i64.mul
  local.get $14
  i64.const 24
  i64.shl
  i64.add
  local.get $3
  local.get $13
  i64.mul
  local.get $12
  i64.const 24
  i64.shl
  i64.add
  local.get $14
  i64.const 21
  i64.shl
  i64.sub
  local.get $4
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $2
  i64.const 29
  i64.shr_s
  i64.add
  local.set $3
  local.get $0
  local.get $2
  i64.const 536870911
  i64.and
  i64.store32 offset=24
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=28
  local.get $0
  local.get $3
  i64.const 29
  i64.shr_s
  i64.store32 offset=32
 )
 (func $assembly/pk/f25519/feSqN (param $0 i32) (param $1 i32) (param $2 i32)
  local.get $0
  local.get $1
  call $assembly/pk/f25519/feSq
  i32.const 1
  local.set $1
  loop $for-loop|0
   local.get $1
   local.get $2
   i32.lt_s
   if
    local.get $0
    local.get $0
    call $assembly/pk/f25519/feSq
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|0
   end
  end
 )
 (func $assembly/pk/f25519/feSq (param $0 i32) (param $1 i32)
  (local $2 i64)
  (local $3 i64)
  (local $4 i64)
  (local $5 i64)
  (local $6 i64)
  (local $7 i64)
  (local $8 i64)
  (local $9 i64)
  (local $10 i64)
  (local $11 i64)
  (local $12 i64)
  (local $13 i64)
  (local $14 i64)
  (local $15 i64)
  (local $16 i64)
  (local $17 i64)
  (local $18 i64)
  (local $19 i64)
  (local $20 i64)
  (local $21 i64)
  (local $22 i64)
  (local $23 i64)
  (local $24 i64)
  (local $25 i64)
  (local $26 i64)
  (local $27 i64)
  (local $28 i64)
  (local $29 i64)
  (local $30 i64)
  local.get $1
  i64.load32_s offset=20
  local.tee $15
  i64.const 1
  i64.shl
  local.set $16
  local.get $1
  i64.load32_s offset=28
  local.tee $17
  i64.const 1
  i64.shl
  local.set $18
  local.get $1
  i64.load32_s
  local.tee $4
  local.get $4
  i64.mul
  local.get $1
  i64.load32_s offset=4
  local.tee $19
  i64.const 1
  i64.shl
  local.tee $8
  local.get $1
  i64.load32_s offset=36
  local.tee $2
  i64.const 38
  i64.mul
  local.tee $9
  i64.mul
  i64.add
  local.get $1
  i64.load32_s offset=32
  local.tee $20
  i64.const 19
  i64.mul
  local.tee $21
  local.get $1
  i64.load32_s offset=8
  local.tee $22
  i64.const 1
  i64.shl
  local.tee $23
  i64.mul
  i64.add
  local.get $1
  i64.load32_s offset=12
  local.tee $24
  i64.const 1
  i64.shl
  local.tee $10
  local.get $17
  i64.const 38
  i64.mul
  local.tee $25
  i64.mul
  i64.add
  local.get $1
  i64.load32_s offset=16
  local.tee $11
  i64.const 1
  i64.shl
  local.tee $3
  local.get $1
  i64.load32_s offset=24
  local.tee $12
  i64.const 19
  i64.mul
  local.tee $26
  i64.mul
  i64.add
  local.get $15
  local.get $15
  i64.const 38
  i64.mul
  i64.mul
  i64.add
  local.set $27
  local.get $4
  i64.const 1
  i64.shl
  local.tee $13
  local.get $11
  i64.mul
  local.get $8
  local.get $10
  i64.mul
  i64.add
  local.get $22
  local.get $22
  i64.mul
  i64.add
  local.get $9
  local.get $16
  i64.mul
  i64.add
  local.get $12
  i64.const 1
  i64.shl
  local.get $21
  i64.mul
  i64.add
  local.get $17
  local.get $25
  i64.mul
  i64.add
  local.tee $14
  i64.const 33554432
  i64.add
  i64.const 26
  i64.shr_s
  local.tee $28
  local.get $13
  local.get $15
  i64.mul
  local.get $8
  local.get $11
  i64.mul
  i64.add
  local.get $23
  local.get $24
  i64.mul
  i64.add
  local.get $9
  local.get $12
  i64.mul
  i64.add
  local.get $18
  local.get $21
  i64.mul
  i64.add
  i64.add
  local.tee $4
  i64.const 16777216
  i64.add
  i64.const 25
  i64.shr_s
  local.tee $5
  local.get $12
  local.get $13
  i64.mul
  local.get $8
  local.get $16
  i64.mul
  i64.add
  local.get $11
  local.get $23
  i64.mul
  i64.add
  local.get $10
  local.get $24
  i64.mul
  i64.add
  local.get $9
  local.get $18
  i64.mul
  i64.add
  local.get $20
  local.get $21
  i64.mul
  i64.add
  i64.add
  local.tee $6
  i64.const 33554432
  i64.add
  i64.const 26
  i64.shr_s
  local.tee $7
  local.get $13
  local.get $17
  i64.mul
  local.get $8
  local.get $12
  i64.mul
  i64.add
  local.get $15
  local.get $23
  i64.mul
  i64.add
  local.get $10
  local.get $11
  i64.mul
  i64.add
  local.get $9
  local.get $20
  i64.mul
  i64.add
  i64.add
  local.set $29
  local.get $14
  local.get $28
  i64.const 26
  i64.shl
  i64.sub
  local.get $27
  i64.const 33554432
  i64.add
  i64.const 26
  i64.shr_s
  local.tee $28
  local.get $13
  local.get $19
  i64.mul
  local.get $9
  local.get $22
  i64.mul
  i64.add
  local.get $10
  local.get $21
  i64.mul
  i64.add
  local.get $11
  local.get $25
  i64.mul
  i64.add
  local.get $16
  local.get $26
  i64.mul
  i64.add
  i64.add
  local.tee $14
  i64.const 16777216
  i64.add
  i64.const 25
  i64.shr_s
  local.tee $30
  local.get $13
  local.get $22
  i64.mul
  local.get $8
  local.get $19
  i64.mul
  i64.add
  local.get $9
  local.get $10
  i64.mul
  i64.add
  local.get $3
  local.get $21
  i64.mul
  i64.add
  local.get $16
  local.get $25
  i64.mul
  i64.add
  local.get $12
  local.get $26
  i64.mul
  i64.add
  i64.add
  local.tee $19
  i64.const 33554432
  i64.add
  i64.const 26
  i64.shr_s
  local.tee $26
  local.get $13
  local.get $24
  i64.mul
  local.get $8
  local.get $22
  i64.mul
  i64.add
  local.get $9
  local.get $11
  i64.mul
  i64.add
  local.get $16
  local.get $21
  i64.mul
  i64.add
  local.get $12
  local.get $25
  i64.mul
  i64.add
  i64.add
  local.tee $21
  i64.const 16777216
  i64.add
  i64.const 25
  i64.shr_s
  local.tee $22
  i64.add
  local.tee $24
  i64.const 33554432
  i64.add
  i64.const 26
  i64.shr_s
  local.set $25
  local.get $27
  local.get $28
  i64.const 26
  i64.shl
  i64.sub
  local.get $29
  i64.const 16777216
  i64.add
  i64.const 25
  i64.shr_s
  local.tee $27
  local.get $13
  local.get $20
  i64.mul
  local.get $8
  local.get $18
  i64.mul
  i64.add
  local.get $12
  local.get $23
  i64.mul
  i64.add
  local.get $10
  local.get $16
  i64.mul
  i64.add
  local.get $11
  local.get $11
  i64.mul
  i64.add
  local.get $2
  local.get $9
  i64.mul
  i64.add
  i64.add
  local.tee $9
  i64.const 33554432
  i64.add
  i64.const 26
  i64.shr_s
  local.tee $11
  local.get $2
  local.get $13
  i64.mul
  local.get $8
  local.get $20
  i64.mul
  i64.add
  local.get $17
  local.get $23
  i64.mul
  i64.add
  local.get $10
  local.get $12
  i64.mul
  i64.add
  local.get $3
  local.get $15
  i64.mul
  i64.add
  i64.add
  local.tee $2
  i64.const 16777216
  i64.add
  i64.const 25
  i64.shr_s
  local.tee $3
  i64.const 19
  i64.mul
  i64.add
  local.tee $8
  i64.const 33554432
  i64.add
  i64.const 26
  i64.shr_s
  local.set $10
  local.get $0
  local.get $8
  local.get $10
  i64.const 26
  i64.shl
  i64.sub
  i64.store32
  local.get $0
  local.get $14
  local.get $30
  i64.const 25
  i64.shl
  i64.sub
  local.get $10
  i64.add
  i64.store32 offset=4
  local.get $0
  local.get $19
  local.get $26
  i64.const 26
  i64.shl
  i64.sub
  i64.store32 offset=8
  local.get $0
  local.get $21
  local.get $22
  i64.const 25
  i64.shl
  i64.sub
  i64.store32 offset=12
  local.get $0
  local.get $24
  local.get $25
  i64.const 26
  i64.shl
  i64.sub
  i64.store32 offset=16
  local.get $0
  local.get $4
  local.get $5
  i64.const 25
  i64.shl
  i64.sub
  local.get $25
  i64.add
  i64.store32 offset=20
  local.get $0
  local.get $6
  local.get $7
  i64.const 26
  i64.shl
  i64.sub
  i64.store32 offset=24
  local.get $0
  local.get $29
  local.get $27
  i64.const 25
  i64.shl
  i64.sub
  i64.store32 offset=28
  local.get $0
  local.get $9
  local.get $11
  i64.const 26
  i64.shl
  i64.sub
  i64.store32 offset=32
  local.get $0
  local.get $2
  local.get $3
  i64.const 25
  i64.shl
  i64.sub
  i64.store32 offset=36
 )
 (func $assembly/pk/p521-field/canon (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i64)
  (local $5 i64)
  (local $6 i32)
  (local $7 i32)
  local.get $0
  local.get $1
  i32.const 72
  memory.copy
  loop $while-continue|0
   i32.const 17
   local.set $1
   block $__inlined_func$assembly/pk/p521-field/cmp$115
    loop $for-loop|0
     local.get $1
     i32.const 0
     i32.ge_s
     if
      i32.const -1
      i32.const 1
      local.get $1
      i32.const 2
      i32.shl
      local.tee $3
      local.get $0
      i32.add
      i32.load
      local.tee $7
      local.get $2
      local.get $3
      i32.add
      i32.load
      local.tee $6
      i32.lt_u
      select
      local.set $3
      local.get $6
      local.get $7
      i32.ne
      br_if $__inlined_func$assembly/pk/p521-field/cmp$115
      local.get $1
      i32.const 1
      i32.sub
      local.set $1
      br $for-loop|0
     end
    end
    i32.const 0
    local.set $3
   end
   local.get $3
   i32.const 0
   i32.ge_s
   if
    i64.const 0
    local.set $4
    i32.const 0
    local.set $1
    loop $for-loop|00
     local.get $1
     i32.const 18
     i32.lt_u
     if
      local.get $1
      i32.const 2
      i32.shl
      local.tee $3
      local.get $0
      i32.add
      local.tee $6
      i64.load32_u
      local.get $2
      local.get $3
      i32.add
      i64.load32_u
      i64.sub
      local.get $4
      i64.add
      local.tee $5
      i64.const 29
      i64.shr_s
      local.set $4
      local.get $6
      local.get $5
      i64.const 536870911
      i64.and
      local.get $5
      local.get $1
      i32.const 17
      i32.lt_u
      select
      i64.store32
      local.get $1
      i32.const 1
      i32.add
      local.set $1
      br $for-loop|00
     end
    end
    br $while-continue|0
   end
  end
 )
 (func $assembly/pk/hash/digest (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  i32.const 2480
  local.get $0
  if (result i32)
   i32.const 1216
   i32.const 1152
   local.get $0
   i32.const 1
   i32.eq
   select
  else
   i32.const 1920
  end
  i32.const 64
  i32.const 32
  local.get $0
  select
  memory.copy
  local.get $0
  i32.const 2480
  local.get $1
  local.get $2
  i32.const 0
  local.get $3
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
 )
 (func $assembly/pk/p521-mul/scMul (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i64)
  (local $4 i64)
  (local $5 i64)
  (local $6 i64)
  (local $7 i64)
  (local $8 i64)
  (local $9 i64)
  (local $10 i64)
  (local $11 i64)
  (local $12 i64)
  (local $13 i64)
  (local $14 i64)
  (local $15 i64)
  (local $16 i64)
  (local $17 i64)
  (local $18 i64)
  (local $19 i64)
  (local $20 i64)
  (local $21 i64)
  (local $22 i64)
  (local $23 i64)
  (local $24 i64)
  (local $25 i64)
  (local $26 i64)
  (local $27 i64)
  (local $28 i64)
  (local $29 i64)
  (local $30 i64)
  (local $31 i64)
  (local $32 i64)
  (local $33 i64)
  (local $34 i64)
  (local $35 i64)
  (local $36 i64)
  (local $37 i64)
  (local $38 i64)
  (local $39 i64)
  (local $40 i64)
  (local $41 i64)
  (local $42 i64)
  (local $43 i64)
  (local $44 i64)
  (local $45 i64)
  (local $46 i64)
  (local $47 i64)
  (local $48 i64)
  (local $49 i64)
  (local $50 i64)
  (local $51 i64)
  (local $52 i64)
  (local $53 i64)
  (local $54 i64)
  (local $55 i64)
  (local $56 i64)
  (local $57 i64)
  (local $58 i64)
  (local $59 i64)
  (local $60 i64)
  (local $61 i64)
  (local $62 i64)
  (local $63 i64)
  (local $64 i64)
  (local $65 i64)
  (local $66 i64)
  (local $67 i64)
  (local $68 i64)
  local.get $1
  i64.load32_u
  local.tee $47
  local.get $2
  i64.load32_u
  local.tee $48
  i64.mul
  local.tee $3
  i64.const 536870911
  i64.and
  i64.const 430544327
  i64.mul
  i64.const 536870911
  i64.and
  local.tee $49
  i64.const 536870911
  i64.mul
  local.set $50
  local.get $2
  i64.load32_u offset=4
  local.tee $30
  local.get $47
  i64.mul
  local.get $1
  i64.load32_u offset=4
  local.tee $31
  local.get $48
  i64.mul
  i64.add
  local.get $49
  i64.const 288908297
  i64.mul
  local.get $3
  i64.add
  i64.const 29
  i64.shr_u
  i64.add
  local.get $49
  i64.const 461224180
  i64.mul
  i64.add
  local.tee $3
  i64.const 536870911
  i64.and
  i64.const 430544327
  i64.mul
  i64.const 536870911
  i64.and
  local.set $51
  local.get $2
  i64.load32_u offset=8
  local.tee $32
  local.get $47
  i64.mul
  local.get $30
  local.get $31
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=8
  local.tee $52
  local.get $48
  i64.mul
  i64.add
  local.get $49
  i64.const 118614958
  i64.mul
  i64.add
  local.get $51
  i64.const 288908297
  i64.mul
  local.get $3
  i64.add
  i64.const 29
  i64.shr_u
  i64.add
  local.get $51
  i64.const 461224180
  i64.mul
  i64.add
  local.tee $4
  i64.const 536870911
  i64.and
  i64.const 430544327
  i64.mul
  i64.const 536870911
  i64.and
  local.set $3
  local.get $2
  i64.load32_u offset=12
  local.tee $33
  local.get $47
  i64.mul
  local.get $31
  local.get $32
  i64.mul
  i64.add
  local.get $30
  local.get $52
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=12
  local.tee $53
  local.get $48
  i64.mul
  i64.add
  local.get $49
  i64.const 194212115
  i64.mul
  i64.add
  local.get $51
  i64.const 118614958
  i64.mul
  i64.add
  local.get $3
  i64.const 288908297
  i64.mul
  local.get $4
  i64.add
  i64.const 29
  i64.shr_u
  i64.add
  local.get $3
  i64.const 461224180
  i64.mul
  i64.add
  local.tee $5
  i64.const 536870911
  i64.and
  i64.const 430544327
  i64.mul
  i64.const 536870911
  i64.and
  local.set $4
  local.get $2
  i64.load32_u offset=16
  local.tee $34
  local.get $47
  i64.mul
  local.get $31
  local.get $33
  i64.mul
  i64.add
  local.get $32
  local.get $52
  i64.mul
  i64.add
  local.get $30
  local.get $53
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=16
  local.tee $54
  local.get $48
  i64.mul
  i64.add
  local.get $49
  i64.const 442303419
  i64.mul
  i64.add
  local.get $51
  i64.const 194212115
  i64.mul
  i64.add
  local.get $3
  i64.const 118614958
  i64.mul
  i64.add
  local.get $4
  i64.const 288908297
  i64.mul
  local.get $5
  i64.add
  i64.const 29
  i64.shr_u
  i64.add
  local.get $4
  i64.const 461224180
  i64.mul
  i64.add
  local.tee $6
  i64.const 536870911
  i64.and
  i64.const 430544327
  i64.mul
  i64.const 536870911
  i64.and
  local.set $5
  local.get $2
  i64.load32_u offset=20
  local.tee $35
  local.get $47
  i64.mul
  local.get $31
  local.get $34
  i64.mul
  i64.add
  local.get $33
  local.get $52
  i64.mul
  i64.add
  local.get $32
  local.get $53
  i64.mul
  i64.add
  local.get $30
  local.get $54
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=20
  local.tee $55
  local.get $48
  i64.mul
  i64.add
  local.get $49
  i64.const 10779524
  i64.mul
  i64.add
  local.get $51
  i64.const 442303419
  i64.mul
  i64.add
  local.get $3
  i64.const 194212115
  i64.mul
  i64.add
  local.get $4
  i64.const 118614958
  i64.mul
  i64.add
  local.get $5
  i64.const 288908297
  i64.mul
  local.get $6
  i64.add
  i64.const 29
  i64.shr_u
  i64.add
  local.get $5
  i64.const 461224180
  i64.mul
  i64.add
  local.tee $7
  i64.const 536870911
  i64.and
  i64.const 430544327
  i64.mul
  i64.const 536870911
  i64.and
  local.set $6
  local.get $2
  i64.load32_u offset=24
  local.tee $36
  local.get $47
  i64.mul
  local.get $31
  local.get $35
  i64.mul
  i64.add
  local.get $34
  local.get $52
  i64.mul
  i64.add
  local.get $33
  local.get $53
  i64.mul
  i64.add
  local.get $32
  local.get $54
  i64.mul
  i64.add
  local.get $30
  local.get $55
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=24
  local.tee $56
  local.get $48
  i64.mul
  i64.add
  local.get $49
  i64.const 430833456
  i64.mul
  i64.add
  local.get $51
  i64.const 10779524
  i64.mul
  i64.add
  local.get $3
  i64.const 442303419
  i64.mul
  i64.add
  local.get $4
  i64.const 194212115
  i64.mul
  i64.add
  local.get $5
  i64.const 118614958
  i64.mul
  i64.add
  local.get $6
  i64.const 288908297
  i64.mul
  local.get $7
  i64.add
  i64.const 29
  i64.shr_u
  i64.add
  local.get $6
  i64.const 461224180
  i64.mul
  i64.add
  local.tee $8
  i64.const 536870911
  i64.and
  i64.const 430544327
  i64.mul
  i64.const 536870911
  i64.and
  local.set $7
  local.get $2
  i64.load32_u offset=28
  local.tee $37
  local.get $47
  i64.mul
  local.get $31
  local.get $36
  i64.mul
  i64.add
  local.get $35
  local.get $52
  i64.mul
  i64.add
  local.get $34
  local.get $53
  i64.mul
  i64.add
  local.get $33
  local.get $54
  i64.mul
  i64.add
  local.get $32
  local.get $55
  i64.mul
  i64.add
  local.get $30
  local.get $56
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=28
  local.tee $57
  local.get $48
  i64.mul
  i64.add
  local.get $49
  i64.const 276293106
  i64.mul
  i64.add
  local.get $51
  i64.const 430833456
  i64.mul
  i64.add
  local.get $3
  i64.const 10779524
  i64.mul
  i64.add
  local.get $4
  i64.const 442303419
  i64.mul
  i64.add
  local.get $5
  i64.const 194212115
  i64.mul
  i64.add
  local.get $6
  i64.const 118614958
  i64.mul
  i64.add
  local.get $7
  i64.const 288908297
  i64.mul
  local.get $8
  i64.add
  i64.const 29
  i64.shr_u
  i64.add
  local.get $7
  i64.const 461224180
  i64.mul
  i64.add
  local.tee $9
  i64.const 536870911
  i64.and
  i64.const 430544327
  i64.mul
  i64.const 536870911
  i64.and
  local.set $8
  local.get $2
  i64.load32_u offset=32
  local.tee $38
  local.get $47
  i64.mul
  local.get $31
  local.get $37
  i64.mul
  i64.add
  local.get $36
  local.get $52
  i64.mul
  i64.add
  local.get $35
  local.get $53
  i64.mul
  i64.add
  local.get $34
  local.get $54
  i64.mul
  i64.add
  local.get $33
  local.get $55
  i64.mul
  i64.add
  local.get $32
  local.get $56
  i64.mul
  i64.add
  local.get $30
  local.get $57
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=32
  local.tee $58
  local.get $48
  i64.mul
  i64.add
  local.get $49
  i64.const 441550471
  i64.mul
  i64.add
  local.get $51
  i64.const 276293106
  i64.mul
  i64.add
  local.get $3
  i64.const 430833456
  i64.mul
  i64.add
  local.get $4
  i64.const 10779524
  i64.mul
  i64.add
  local.get $5
  i64.const 442303419
  i64.mul
  i64.add
  local.get $6
  i64.const 194212115
  i64.mul
  i64.add
  local.get $7
  i64.const 118614958
  i64.mul
  i64.add
  local.get $8
  i64.const 288908297
  i64.mul
  local.get $9
  i64.add
  i64.const 29
  i64.shr_u
  i64.add
  local.get $8
  i64.const 461224180
  i64.mul
  i64.add
  local.tee $10
  i64.const 536870911
  i64.and
  i64.const 430544327
  i64.mul
  i64.const 536870911
  i64.and
  local.set $9
  local.get $2
  i64.load32_u offset=36
  local.tee $39
  local.get $47
  i64.mul
  local.get $31
  local.get $38
  i64.mul
  i64.add
  local.get $37
  local.get $52
  i64.mul
  i64.add
  local.get $36
  local.get $53
  i64.mul
  i64.add
  local.get $35
  local.get $54
  i64.mul
  i64.add
  local.get $34
  local.get $55
  i64.mul
  i64.add
  local.get $33
  local.get $56
  i64.mul
  i64.add
  local.get $32
  local.get $57
  i64.mul
  i64.add
  local.get $30
  local.get $58
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=36
  local.tee $59
  local.get $48
  i64.mul
  i64.add
  local.get $50
  i64.add
  local.get $51
  i64.const 441550471
  i64.mul
  i64.add
  local.get $3
  i64.const 276293106
  i64.mul
  i64.add
  local.get $4
  i64.const 430833456
  i64.mul
  i64.add
  local.get $5
  i64.const 10779524
  i64.mul
  i64.add
  local.get $6
  i64.const 442303419
  i64.mul
  i64.add
  local.get $7
  i64.const 194212115
  i64.mul
  i64.add
  local.get $8
  i64.const 118614958
  i64.mul
  i64.add
  local.get $9
  i64.const 288908297
  i64.mul
  local.get $10
  i64.add
  i64.const 29
  i64.shr_u
  i64.add
  local.get $9
  i64.const 461224180
  i64.mul
  i64.add
  local.tee $11
  i64.const 536870911
  i64.and
  i64.const 430544327
  i64.mul
  i64.const 536870911
  i64.and
  local.tee $10
  i64.const 536870911
  i64.mul
  local.set $17
  local.get $51
  i64.const 536870911
  i64.mul
  local.tee $60
  local.get $2
  i64.load32_u offset=40
  local.tee $40
  local.get $47
  i64.mul
  local.get $31
  local.get $39
  i64.mul
  i64.add
  local.get $38
  local.get $52
  i64.mul
  i64.add
  local.get $37
  local.get $53
  i64.mul
  i64.add
  local.get $36
  local.get $54
  i64.mul
  i64.add
  local.get $35
  local.get $55
  i64.mul
  i64.add
  local.get $34
  local.get $56
  i64.mul
  i64.add
  local.get $33
  local.get $57
  i64.mul
  i64.add
  local.get $32
  local.get $58
  i64.mul
  i64.add
  local.get $30
  local.get $59
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=40
  local.tee $61
  local.get $48
  i64.mul
  i64.add
  local.get $50
  i64.add
  i64.add
  local.get $3
  i64.const 441550471
  i64.mul
  i64.add
  local.get $4
  i64.const 276293106
  i64.mul
  i64.add
  local.get $5
  i64.const 430833456
  i64.mul
  i64.add
  local.get $6
  i64.const 10779524
  i64.mul
  i64.add
  local.get $7
  i64.const 442303419
  i64.mul
  i64.add
  local.get $8
  i64.const 194212115
  i64.mul
  i64.add
  local.get $9
  i64.const 118614958
  i64.mul
  i64.add
  local.get $10
  i64.const 288908297
  i64.mul
  local.get $11
  i64.add
  i64.const 29
  i64.shr_u
  i64.add
  local.get $10
  i64.const 461224180
  i64.mul
  i64.add
  local.tee $12
  i64.const 536870911
  i64.and
  i64.const 430544327
  i64.mul
  i64.const 536870911
  i64.and
  local.tee $11
  i64.const 536870911
  i64.mul
  local.set $18
  local.get $3
  i64.const 536870911
  i64.mul
  local.tee $24
  local.get $2
  i64.load32_u offset=44
  local.tee $41
  local.get $47
  i64.mul
  local.get $31
  local.get $40
  i64.mul
  i64.add
  local.get $39
  local.get $52
  i64.mul
  i64.add
  local.get $38
  local.get $53
  i64.mul
  i64.add
  local.get $37
  local.get $54
  i64.mul
  i64.add
  local.get $36
  local.get $55
  i64.mul
  i64.add
  local.get $35
  local.get $56
  i64.mul
  i64.add
  local.get $34
  local.get $57
  i64.mul
  i64.add
  local.get $33
  local.get $58
  i64.mul
  i64.add
  local.get $32
  local.get $59
  i64.mul
  i64.add
  local.get $30
  local.get $61
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=44
  local.tee $62
  local.get $48
  i64.mul
  i64.add
  local.get $50
  i64.add
  local.get $60
  i64.add
  i64.add
  local.get $4
  i64.const 441550471
  i64.mul
  i64.add
  local.get $5
  i64.const 276293106
  i64.mul
  i64.add
  local.get $6
  i64.const 430833456
  i64.mul
  i64.add
  local.get $7
  i64.const 10779524
  i64.mul
  i64.add
  local.get $8
  i64.const 442303419
  i64.mul
  i64.add
  local.get $9
  i64.const 194212115
  i64.mul
  i64.add
  local.get $10
  i64.const 118614958
  i64.mul
  i64.add
  local.get $11
  i64.const 288908297
  i64.mul
  local.get $12
  i64.add
  i64.const 29
  i64.shr_u
  i64.add
  local.get $11
  i64.const 461224180
  i64.mul
  i64.add
  local.tee $13
  i64.const 536870911
  i64.and
  i64.const 430544327
  i64.mul
  i64.const 536870911
  i64.and
  local.tee $12
  i64.const 536870911
  i64.mul
  local.set $19
  local.get $4
  i64.const 536870911
  i64.mul
  local.tee $25
  local.get $2
  i64.load32_u offset=48
  local.tee $42
  local.get $47
  i64.mul
  local.get $31
  local.get $41
  i64.mul
  i64.add
  local.get $40
  local.get $52
  i64.mul
  i64.add
  local.get $39
  local.get $53
  i64.mul
  i64.add
  local.get $38
  local.get $54
  i64.mul
  i64.add
  local.get $37
  local.get $55
  i64.mul
  i64.add
  local.get $36
  local.get $56
  i64.mul
  i64.add
  local.get $35
  local.get $57
  i64.mul
  i64.add
  local.get $34
  local.get $58
  i64.mul
  i64.add
  local.get $33
  local.get $59
  i64.mul
  i64.add
  local.get $32
  local.get $61
  i64.mul
  i64.add
  local.get $30
  local.get $62
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=48
  local.tee $63
  local.get $48
  i64.mul
  i64.add
  local.get $50
  i64.add
  local.get $60
  i64.add
  local.get $24
  i64.add
  i64.add
  local.get $5
  i64.const 441550471
  i64.mul
  i64.add
  local.get $6
  i64.const 276293106
  i64.mul
  i64.add
  local.get $7
  i64.const 430833456
  i64.mul
  i64.add
  local.get $8
  i64.const 10779524
  i64.mul
  i64.add
  local.get $9
  i64.const 442303419
  i64.mul
  i64.add
  local.get $10
  i64.const 194212115
  i64.mul
  i64.add
  local.get $11
  i64.const 118614958
  i64.mul
  i64.add
  local.get $12
  i64.const 288908297
  i64.mul
  local.get $13
  i64.add
  i64.const 29
  i64.shr_u
  i64.add
  local.get $12
  i64.const 461224180
  i64.mul
  i64.add
  local.tee $14
  i64.const 536870911
  i64.and
  i64.const 430544327
  i64.mul
  i64.const 536870911
  i64.and
  local.tee $13
  i64.const 536870911
  i64.mul
  local.set $20
  local.get $5
  i64.const 536870911
  i64.mul
  local.tee $26
  local.get $2
  i64.load32_u offset=52
  local.tee $43
  local.get $47
  i64.mul
  local.get $31
  local.get $42
  i64.mul
  i64.add
  local.get $41
  local.get $52
  i64.mul
  i64.add
  local.get $40
  local.get $53
  i64.mul
  i64.add
  local.get $39
  local.get $54
  i64.mul
  i64.add
  local.get $38
  local.get $55
  i64.mul
  i64.add
  local.get $37
  local.get $56
  i64.mul
  i64.add
  local.get $36
  local.get $57
  i64.mul
  i64.add
  local.get $35
  local.get $58
  i64.mul
  i64.add
  local.get $34
  local.get $59
  i64.mul
  i64.add
  local.get $33
  local.get $61
  i64.mul
  i64.add
  local.get $32
  local.get $62
  i64.mul
  i64.add
  local.get $30
  local.get $63
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=52
  local.tee $64
  local.get $48
  i64.mul
  i64.add
  local.get $50
  i64.add
  local.get $60
  i64.add
  local.get $24
  i64.add
  local.get $25
  i64.add
  i64.add
  local.get $6
  i64.const 441550471
  i64.mul
  i64.add
  local.get $7
  i64.const 276293106
  i64.mul
  i64.add
  local.get $8
  i64.const 430833456
  i64.mul
  i64.add
  local.get $9
  i64.const 10779524
  i64.mul
  i64.add
  local.get $10
  i64.const 442303419
  i64.mul
  i64.add
  local.get $11
  i64.const 194212115
  i64.mul
  i64.add
  local.get $12
  i64.const 118614958
  i64.mul
  i64.add
  local.get $13
  i64.const 288908297
  i64.mul
  local.get $14
  i64.add
  i64.const 29
  i64.shr_u
  i64.add
  local.get $13
  i64.const 461224180
  i64.mul
  i64.add
  local.tee $15
  i64.const 536870911
  i64.and
  i64.const 430544327
  i64.mul
  i64.const 536870911
  i64.and
  local.tee $14
  i64.const 536870911
  i64.mul
  local.set $21
  local.get $6
  i64.const 536870911
  i64.mul
  local.tee $27
  local.get $2
  i64.load32_u offset=56
  local.tee $44
  local.get $47
  i64.mul
  local.get $31
  local.get $43
  i64.mul
  i64.add
  local.get $42
  local.get $52
  i64.mul
  i64.add
  local.get $41
  local.get $53
  i64.mul
  i64.add
  local.get $40
  local.get $54
  i64.mul
  i64.add
  local.get $39
  local.get $55
  i64.mul
  i64.add
  local.get $38
  local.get $56
  i64.mul
  i64.add
  local.get $37
  local.get $57
  i64.mul
  i64.add
  local.get $36
  local.get $58
  i64.mul
  i64.add
  local.get $35
  local.get $59
  i64.mul
  i64.add
  local.get $34
  local.get $61
  i64.mul
  i64.add
  local.get $33
  local.get $62
  i64.mul
  i64.add
  local.get $32
  local.get $63
  i64.mul
  i64.add
  local.get $30
  local.get $64
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=56
  local.tee $65
  local.get $48
  i64.mul
  i64.add
  local.get $50
  i64.add
  local.get $60
  i64.add
  local.get $24
  i64.add
  local.get $25
  i64.add
  local.get $26
  i64.add
  i64.add
  local.get $7
  i64.const 441550471
  i64.mul
  i64.add
  local.get $8
  i64.const 276293106
  i64.mul
  i64.add
  local.get $9
  i64.const 430833456
  i64.mul
  i64.add
  local.get $10
  i64.const 10779524
  i64.mul
  i64.add
  local.get $11
  i64.const 442303419
  i64.mul
  i64.add
  local.get $12
  i64.const 194212115
  i64.mul
  i64.add
  local.get $13
  i64.const 118614958
  i64.mul
  i64.add
  local.get $14
  i64.const 288908297
  i64.mul
  local.get $15
  i64.add
  i64.const 29
  i64.shr_u
  i64.add
  local.get $14
  i64.const 461224180
  i64.mul
  i64.add
  local.tee $16
  i64.const 536870911
  i64.and
  i64.const 430544327
  i64.mul
  i64.const 536870911
  i64.and
  local.tee $15
  i64.const 536870911
  i64.mul
  local.set $22
  local.get $7
  i64.const 536870911
  i64.mul
  local.tee $28
  local.get $2
  i64.load32_u offset=60
  local.tee $45
  local.get $47
  i64.mul
  local.get $31
  local.get $44
  i64.mul
  i64.add
  local.get $43
  local.get $52
  i64.mul
  i64.add
  local.get $42
  local.get $53
  i64.mul
  i64.add
  local.get $41
  local.get $54
  i64.mul
  i64.add
  local.get $40
  local.get $55
  i64.mul
  i64.add
  local.get $39
  local.get $56
  i64.mul
  i64.add
  local.get $38
  local.get $57
  i64.mul
  i64.add
  local.get $37
  local.get $58
  i64.mul
  i64.add
  local.get $36
  local.get $59
  i64.mul
  i64.add
  local.get $35
  local.get $61
  i64.mul
  i64.add
  local.get $34
  local.get $62
  i64.mul
  i64.add
  local.get $33
  local.get $63
  i64.mul
  i64.add
  local.get $32
  local.get $64
  i64.mul
  i64.add
  local.get $30
  local.get $65
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=60
  local.tee $66
  local.get $48
  i64.mul
  i64.add
  local.get $50
  i64.add
  local.get $60
  i64.add
  local.get $24
  i64.add
  local.get $25
  i64.add
  local.get $26
  i64.add
  local.get $27
  i64.add
  i64.add
  local.get $8
  i64.const 441550471
  i64.mul
  i64.add
  local.get $9
  i64.const 276293106
  i64.mul
  i64.add
  local.get $10
  i64.const 430833456
  i64.mul
  i64.add
  local.get $11
  i64.const 10779524
  i64.mul
  i64.add
  local.get $12
  i64.const 442303419
  i64.mul
  i64.add
  local.get $13
  i64.const 194212115
  i64.mul
  i64.add
  local.get $14
  i64.const 118614958
  i64.mul
  i64.add
  local.get $15
  i64.const 288908297
  i64.mul
  local.get $16
  i64.add
  i64.const 29
  i64.shr_u
  i64.add
  local.get $15
  i64.const 461224180
  i64.mul
  i64.add
  local.tee $67
  i64.const 536870911
  i64.and
  i64.const 430544327
  i64.mul
  i64.const 536870911
  i64.and
  local.tee $16
  i64.const 536870911
  i64.mul
  local.set $23
  local.get $8
  i64.const 536870911
  i64.mul
  local.tee $29
  local.get $2
  i64.load32_u offset=64
  local.tee $46
  local.get $47
  i64.mul
  local.get $31
  local.get $45
  i64.mul
  i64.add
  local.get $44
  local.get $52
  i64.mul
  i64.add
  local.get $43
  local.get $53
  i64.mul
  i64.add
  local.get $42
  local.get $54
  i64.mul
  i64.add
  local.get $41
  local.get $55
  i64.mul
  i64.add
  local.get $40
  local.get $56
  i64.mul
  i64.add
  local.get $39
  local.get $57
  i64.mul
  i64.add
  local.get $38
  local.get $58
  i64.mul
  i64.add
  local.get $37
  local.get $59
  i64.mul
  i64.add
  local.get $36
  local.get $61
  i64.mul
  i64.add
  local.get $35
  local.get $62
  i64.mul
  i64.add
  local.get $34
  local.get $63
  i64.mul
  i64.add
  local.get $33
  local.get $64
  i64.mul
  i64.add
  local.get $32
  local.get $65
  i64.mul
  i64.add
  local.get $30
  local.get $66
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=64
  local.tee $68
  local.get $48
  i64.mul
  i64.add
  local.get $50
  i64.add
  local.get $60
  i64.add
  local.get $24
  i64.add
  local.get $25
  i64.add
  local.get $26
  i64.add
  local.get $27
  i64.add
  local.get $28
  i64.add
  i64.add
  local.get $9
  i64.const 441550471
  i64.mul
  i64.add
  local.get $10
  i64.const 276293106
  i64.mul
  i64.add
  local.get $11
  i64.const 430833456
  i64.mul
  i64.add
  local.get $12
  i64.const 10779524
  i64.mul
  i64.add
  local.get $13
  i64.const 442303419
  i64.mul
  i64.add
  local.get $14
  i64.const 194212115
  i64.mul
  i64.add
  local.get $15
  i64.const 118614958
  i64.mul
  i64.add
  local.get $16
  i64.const 288908297
  i64.mul
  local.get $67
  i64.add
  i64.const 29
  i64.shr_u
  i64.add
  local.get $16
  i64.const 461224180
  i64.mul
  i64.add
  local.tee $50
  i64.const 536870911
  i64.and
  i64.const 430544327
  i64.mul
  i64.const 536870911
  i64.and
  local.set $67
  local.get $60
  local.get $2
  i64.load32_u offset=68
  local.tee $60
  local.get $47
  i64.mul
  local.get $31
  local.get $46
  i64.mul
  i64.add
  local.get $45
  local.get $52
  i64.mul
  i64.add
  local.get $44
  local.get $53
  i64.mul
  i64.add
  local.get $43
  local.get $54
  i64.mul
  i64.add
  local.get $42
  local.get $55
  i64.mul
  i64.add
  local.get $41
  local.get $56
  i64.mul
  i64.add
  local.get $40
  local.get $57
  i64.mul
  i64.add
  local.get $39
  local.get $58
  i64.mul
  i64.add
  local.get $38
  local.get $59
  i64.mul
  i64.add
  local.get $37
  local.get $61
  i64.mul
  i64.add
  local.get $36
  local.get $62
  i64.mul
  i64.add
  local.get $35
  local.get $63
  i64.mul
  i64.add
  local.get $34
  local.get $64
  i64.mul
  i64.add
  local.get $33
  local.get $65
  i64.mul
  i64.add
  local.get $32
  local.get $66
  i64.mul
  i64.add
  local.get $30
  local.get $68
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=68
  local.tee $47
  local.get $48
  i64.mul
  i64.add
  local.get $49
  i64.const 268435455
  i64.mul
  i64.add
  i64.add
  local.get $24
  i64.add
  local.get $25
  i64.add
  local.get $26
  i64.add
  local.get $27
  i64.add
  local.get $28
  i64.add
  local.get $29
  i64.add
  local.get $9
  i64.const 536870911
  i64.mul
  local.tee $48
  i64.add
  local.get $10
  i64.const 441550471
  i64.mul
  i64.add
  local.get $11
  i64.const 276293106
  i64.mul
  i64.add
  local.get $12
  i64.const 430833456
  i64.mul
  i64.add
  local.get $13
  i64.const 10779524
  i64.mul
  i64.add
  local.get $14
  i64.const 442303419
  i64.mul
  i64.add
  local.get $15
  i64.const 194212115
  i64.mul
  i64.add
  local.get $16
  i64.const 118614958
  i64.mul
  i64.add
  local.get $67
  i64.const 288908297
  i64.mul
  local.get $50
  i64.add
  i64.const 29
  i64.shr_u
  i64.add
  local.get $67
  i64.const 461224180
  i64.mul
  i64.add
  local.tee $49
  i64.const 536870911
  i64.and
  i64.const 430544327
  i64.mul
  i64.const 536870911
  i64.and
  local.set $50
  local.get $52
  local.get $60
  i64.mul
  local.get $46
  local.get $53
  i64.mul
  i64.add
  local.get $45
  local.get $54
  i64.mul
  i64.add
  local.get $44
  local.get $55
  i64.mul
  i64.add
  local.get $43
  local.get $56
  i64.mul
  i64.add
  local.get $42
  local.get $57
  i64.mul
  i64.add
  local.get $41
  local.get $58
  i64.mul
  i64.add
  local.get $40
  local.get $59
  i64.mul
  i64.add
  local.get $39
  local.get $61
  i64.mul
  i64.add
  local.get $38
  local.get $62
  i64.mul
  i64.add
  local.get $37
  local.get $63
  i64.mul
  i64.add
  local.get $36
  local.get $64
  i64.mul
  i64.add
  local.get $35
  local.get $65
  i64.mul
  i64.add
  local.get $34
  local.get $66
  i64.mul
  i64.add
  local.get $33
  local.get $68
  i64.mul
  i64.add
  local.get $32
  local.get $47
  i64.mul
  i64.add
  local.get $3
  i64.const 268435455
  i64.mul
  i64.add
  local.get $25
  i64.add
  local.get $26
  i64.add
  local.get $27
  i64.add
  local.get $28
  i64.add
  local.get $29
  i64.add
  local.get $48
  i64.add
  local.get $17
  i64.add
  local.get $18
  i64.add
  local.get $12
  i64.const 441550471
  i64.mul
  i64.add
  local.get $13
  i64.const 276293106
  i64.mul
  i64.add
  local.get $14
  i64.const 430833456
  i64.mul
  i64.add
  local.get $15
  i64.const 10779524
  i64.mul
  i64.add
  local.get $16
  i64.const 442303419
  i64.mul
  i64.add
  local.get $67
  i64.const 194212115
  i64.mul
  i64.add
  local.get $50
  i64.const 118614958
  i64.mul
  i64.add
  local.get $31
  local.get $60
  i64.mul
  local.get $46
  local.get $52
  i64.mul
  i64.add
  local.get $45
  local.get $53
  i64.mul
  i64.add
  local.get $44
  local.get $54
  i64.mul
  i64.add
  local.get $43
  local.get $55
  i64.mul
  i64.add
  local.get $42
  local.get $56
  i64.mul
  i64.add
  local.get $41
  local.get $57
  i64.mul
  i64.add
  local.get $40
  local.get $58
  i64.mul
  i64.add
  local.get $39
  local.get $59
  i64.mul
  i64.add
  local.get $38
  local.get $61
  i64.mul
  i64.add
  local.get $37
  local.get $62
  i64.mul
  i64.add
  local.get $36
  local.get $63
  i64.mul
  i64.add
  local.get $35
  local.get $64
  i64.mul
  i64.add
  local.get $34
  local.get $65
  i64.mul
  i64.add
  local.get $33
  local.get $66
  i64.mul
  i64.add
  local.get $32
  local.get $68
  i64.mul
  i64.add
  local.get $30
  local.get $47
  i64.mul
  i64.add
  local.get $51
  i64.const 268435455
  i64.mul
  i64.add
  local.get $24
  i64.add
  local.get $25
  i64.add
  local.get $26
  i64.add
  local.get $27
  i64.add
  local.get $28
  i64.add
  local.get $29
  i64.add
  local.get $48
  i64.add
  local.get $17
  i64.add
  local.get $11
  i64.const 441550471
  i64.mul
  i64.add
  local.get $12
  i64.const 276293106
  i64.mul
  i64.add
  local.get $13
  i64.const 430833456
  i64.mul
  i64.add
  local.get $14
  i64.const 10779524
  i64.mul
  i64.add
  local.get $15
  i64.const 442303419
  i64.mul
  i64.add
  local.get $16
  i64.const 194212115
  i64.mul
  i64.add
  local.get $67
  i64.const 118614958
  i64.mul
  i64.add
  local.get $50
  i64.const 288908297
  i64.mul
  local.get $49
  i64.add
  i64.const 29
  i64.shr_u
  i64.add
  local.get $50
  i64.const 461224180
  i64.mul
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_u
  i64.add
  local.set $24
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32
  local.get $0
  local.get $24
  i64.const 536870911
  i64.and
  i64.store32 offset=4
  local.get $54
  local.get $60
  i64.mul
  local.get $46
  local.get $55
  i64.mul
  i64.add
  local.get $45
  local.get $56
  i64.mul
  i64.add
  local.get $44
  local.get $57
  i64.mul
  i64.add
  local.get $43
  local.get $58
  i64.mul
  i64.add
  local.get $42
  local.get $59
  i64.mul
  i64.add
  local.get $41
  local.get $61
  i64.mul
  i64.add
  local.get $40
  local.get $62
  i64.mul
  i64.add
  local.get $39
  local.get $63
  i64.mul
  i64.add
  local.get $38
  local.get $64
  i64.mul
  i64.add
  local.get $37
  local.get $65
  i64.mul
  i64.add
  local.get $36
  local.get $66
  i64.mul
  i64.add
  local.get $35
  local.get $68
  i64.mul
  i64.add
  local.get $34
  local.get $47
  i64.mul
  i64.add
  local.get $5
  i64.const 268435455
  i64.mul
  i64.add
  local.get $27
  i64.add
  local.get $28
  i64.add
  local.get $29
  i64.add
  local.get $48
  i64.add
  local.get $17
  i64.add
  local.get $18
  i64.add
  local.get $19
  i64.add
  local.get $20
  i64.add
  local.get $14
  i64.const 441550471
  i64.mul
  i64.add
  local.get $15
  i64.const 276293106
  i64.mul
  i64.add
  local.get $16
  i64.const 430833456
  i64.mul
  i64.add
  local.get $67
  i64.const 10779524
  i64.mul
  i64.add
  local.get $50
  i64.const 442303419
  i64.mul
  i64.add
  local.get $53
  local.get $60
  i64.mul
  local.get $46
  local.get $54
  i64.mul
  i64.add
  local.get $45
  local.get $55
  i64.mul
  i64.add
  local.get $44
  local.get $56
  i64.mul
  i64.add
  local.get $43
  local.get $57
  i64.mul
  i64.add
  local.get $42
  local.get $58
  i64.mul
  i64.add
  local.get $41
  local.get $59
  i64.mul
  i64.add
  local.get $40
  local.get $61
  i64.mul
  i64.add
  local.get $39
  local.get $62
  i64.mul
  i64.add
  local.get $38
  local.get $63
  i64.mul
  i64.add
  local.get $37
  local.get $64
  i64.mul
  i64.add
  local.get $36
  local.get $65
  i64.mul
  i64.add
  local.get $35
  local.get $66
  i64.mul
  i64.add
  local.get $34
  local.get $68
  i64.mul
  i64.add
  local.get $33
  local.get $47
  i64.mul
  i64.add
  local.get $4
  i64.const 268435455
  i64.mul
  i64.add
  local.get $26
  i64.add
  local.get $27
  i64.add
  local.get $28
  i64.add
  local.get $29
  i64.add
  local.get $48
  i64.add
  local.get $17
  i64.add
  local.get $18
  i64.add
  local.get $19
  i64.add
  local.get $13
  i64.const 441550471
  i64.mul
  i64.add
  local.get $14
  i64.const 276293106
  i64.mul
  i64.add
  local.get $15
  i64.const 430833456
  i64.mul
  i64.add
  local.get $16
  i64.const 10779524
  i64.mul
  i64.add
  local.get $67
  i64.const 442303419
  i64.mul
  i64.add
  local.get $50
  i64.const 194212115
  i64.mul
  i64.add
  local.get $24
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_u
  i64.add
  local.set $4
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=8
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=12
  local.get $56
  local.get $60
  i64.mul
  local.get $46
  local.get $57
  i64.mul
  i64.add
  local.get $45
  local.get $58
  i64.mul
  i64.add
  local.get $44
  local.get $59
  i64.mul
  i64.add
  local.get $43
  local.get $61
  i64.mul
  i64.add
  local.get $42
  local.get $62
  i64.mul
  i64.add
  local.get $41
  local.get $63
  i64.mul
  i64.add
  local.get $40
  local.get $64
  i64.mul
  i64.add
  local.get $39
  local.get $65
  i64.mul
  i64.add
  local.get $38
  local.get $66
  i64.mul
  i64.add
  local.get $37
  local.get $68
  i64.mul
  i64.add
  local.get $36
  local.get $47
  i64.mul
  i64.add
  local.get $7
  i64.const 268435455
  i64.mul
  i64.add
  local.get $29
  i64.add
  local.get $48
  i64.add
  local.get $17
  i64.add
  local.get $18
  i64.add
  local.get $19
  i64.add
  local.get $20
  i64.add
  local.get $21
  i64.add
  local.get $22
  i64.add
  local.get $16
  i64.const 441550471
  i64.mul
  i64.add
  local.get $67
  i64.const 276293106
  i64.mul
  i64.add
  local.get $50
  i64.const 430833456
  i64.mul
  i64.add
  local.get $55
  local.get $60
  i64.mul
  local.get $46
  local.get $56
  i64.mul
  i64.add
  local.get $45
  local.get $57
  i64.mul
  i64.add
  local.get $44
  local.get $58
  i64.mul
  i64.add
  local.get $43
  local.get $59
  i64.mul
  i64.add
  local.get $42
  local.get $61
  i64.mul
  i64.add
  local.get $41
  local.get $62
  i64.mul
  i64.add
  local.get $40
  local.get $63
  i64.mul
  i64.add
  local.get $39
  local.get $64
  i64.mul
  i64.add
  local.get $38
  local.get $65
  i64.mul
  i64.add
  local.get $37
  local.get $66
  i64.mul
  i64.add
  local.get $36
  local.get $68
  i64.mul
  i64.add
  local.get $35
  local.get $47
  i64.mul
  i64.add
  local.get $6
  i64.const 268435455
  i64.mul
  i64.add
  local.get $28
  i64.add
  local.get $29
  i64.add
  local.get $48
  i64.add
  local.get $17
  i64.add
  local.get $18
  i64.add
  local.get $19
  i64.add
  local.get $20
  i64.add
  local.get $21
  i64.add
  local.get $15
  i64.const 441550471
  i64.mul
  i64.add
  local.get $16
  i64.const 276293106
  i64.mul
  i64.add
  local.get $67
  i64.const 430833456
  i64.mul
  i64.add
  local.get $50
  i64.const 10779524
  i64.mul
  i64.add
  local.get $4
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_u
  i64.add
  local.set $4
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=16
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=20
  local.get $67
  i64.const 536870911
  i64.mul
  local.tee $3
  local.get $58
  local.get $60
  i64.mul
  local.get $46
  local.get $59
  i64.mul
  i64.add
  local.get $45
  local.get $61
  i64.mul
  i64.add
  local.get $44
  local.get $62
  i64.mul
  i64.add
  local.get $43
  local.get $63
  i64.mul
  i64.add
  local.get $42
  local.get $64
  i64.mul
  i64.add
  local.get $41
  local.get $65
  i64.mul
  i64.add
  local.get $40
  local.get $66
  i64.mul
  i64.add
  local.get $39
  local.get $68
  i64.mul
  i64.add
  local.get $38
  local.get $47
  i64.mul
  i64.add
  local.get $9
  i64.const 268435455
  i64.mul
  i64.add
  local.get $17
  i64.add
  local.get $18
  i64.add
  local.get $19
  i64.add
  local.get $20
  i64.add
  local.get $21
  i64.add
  local.get $22
  i64.add
  local.get $23
  i64.add
  i64.add
  local.get $50
  i64.const 441550471
  i64.mul
  i64.add
  local.get $57
  local.get $60
  i64.mul
  local.get $46
  local.get $58
  i64.mul
  i64.add
  local.get $45
  local.get $59
  i64.mul
  i64.add
  local.get $44
  local.get $61
  i64.mul
  i64.add
  local.get $43
  local.get $62
  i64.mul
  i64.add
  local.get $42
  local.get $63
  i64.mul
  i64.add
  local.get $41
  local.get $64
  i64.mul
  i64.add
  local.get $40
  local.get $65
  i64.mul
  i64.add
  local.get $39
  local.get $66
  i64.mul
  i64.add
  local.get $38
  local.get $68
  i64.mul
  i64.add
  local.get $37
  local.get $47
  i64.mul
  i64.add
  local.get $8
  i64.const 268435455
  i64.mul
  i64.add
  local.get $48
  i64.add
  local.get $17
  i64.add
  local.get $18
  i64.add
  local.get $19
  i64.add
  local.get $20
  i64.add
  local.get $21
  i64.add
  local.get $22
  i64.add
  local.get $23
  i64.add
  local.get $67
  i64.const 441550471
  i64.mul
  i64.add
  local.get $50
  i64.const 276293106
  i64.mul
  i64.add
  local.get $4
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $4
  i64.const 29
  i64.shr_u
  i64.add
  local.set $5
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=24
  local.get $0
  local.get $5
  i64.const 536870911
  i64.and
  i64.store32 offset=28
  local.get $0
  local.get $50
  i64.const 536870911
  i64.mul
  local.tee $4
  local.get $59
  local.get $60
  i64.mul
  local.get $46
  local.get $61
  i64.mul
  i64.add
  local.get $45
  local.get $62
  i64.mul
  i64.add
  local.get $44
  local.get $63
  i64.mul
  i64.add
  local.get $43
  local.get $64
  i64.mul
  i64.add
  local.get $42
  local.get $65
  i64.mul
  i64.add
  local.get $41
  local.get $66
  i64.mul
  i64.add
  local.get $40
  local.get $68
  i64.mul
  i64.add
  local.get $39
  local.get $47
  i64.mul
  i64.add
  local.get $10
  i64.const 268435455
  i64.mul
  i64.add
  local.get $18
  i64.add
  local.get $19
  i64.add
  local.get $20
  i64.add
  local.get $21
  i64.add
  local.get $22
  i64.add
  local.get $23
  i64.add
  local.get $3
  i64.add
  i64.add
  local.get $5
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $5
  i64.const 536870911
  i64.and
  i64.store32 offset=32
  local.get $0
  local.get $60
  local.get $61
  i64.mul
  local.get $46
  local.get $62
  i64.mul
  i64.add
  local.get $45
  local.get $63
  i64.mul
  i64.add
  local.get $44
  local.get $64
  i64.mul
  i64.add
  local.get $43
  local.get $65
  i64.mul
  i64.add
  local.get $42
  local.get $66
  i64.mul
  i64.add
  local.get $41
  local.get $68
  i64.mul
  i64.add
  local.get $40
  local.get $47
  i64.mul
  i64.add
  local.get $11
  i64.const 268435455
  i64.mul
  i64.add
  local.get $19
  i64.add
  local.get $20
  i64.add
  local.get $21
  i64.add
  local.get $22
  i64.add
  local.get $23
  i64.add
  local.get $3
  i64.add
  local.get $4
  i64.add
  local.get $5
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $5
  i64.const 536870911
  i64.and
  i64.store32 offset=36
  local.get $60
  local.get $63
  i64.mul
  local.get $46
  local.get $64
  i64.mul
  i64.add
  local.get $45
  local.get $65
  i64.mul
  i64.add
  local.get $44
  local.get $66
  i64.mul
  i64.add
  local.get $43
  local.get $68
  i64.mul
  i64.add
  local.get $42
  local.get $47
  i64.mul
  i64.add
  local.get $13
  i64.const 268435455
  i64.mul
  i64.add
  local.get $21
  i64.add
  local.get $22
  i64.add
  local.get $23
  i64.add
  local.get $3
  i64.add
  local.get $4
  i64.add
  local.get $60
  local.get $62
  i64.mul
  local.get $46
  local.get $63
  i64.mul
  i64.add
  local.get $45
  local.get $64
  i64.mul
  i64.add
  local.get $44
  local.get $65
  i64.mul
  i64.add
  local.get $43
  local.get $66
  i64.mul
  i64.add
  local.get $42
  local.get $68
  i64.mul
  i64.add
  local.get $41
  local.get $47
  i64.mul
  i64.add
  local.get $12
  i64.const 268435455
  i64.mul
  i64.add
  local.get $20
  i64.add
  local.get $21
  i64.add
  local.get $22
  i64.add
  local.get $23
  i64.add
  local.get $3
  i64.add
  local.get $4
  i64.add
  local.get $5
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $5
  i64.const 29
  i64.shr_u
  i64.add
  local.set $6
  local.get $0
  local.get $5
  i64.const 536870911
  i64.and
  i64.store32 offset=40
  local.get $0
  local.get $6
  i64.const 536870911
  i64.and
  i64.store32 offset=44
  local.get $60
  local.get $65
  i64.mul
  local.get $46
  local.get $66
  i64.mul
  i64.add
  local.get $45
  local.get $68
  i64.mul
  i64.add
  local.get $44
  local.get $47
  i64.mul
  i64.add
  local.get $15
  i64.const 268435455
  i64.mul
  i64.add
  local.get $23
  i64.add
  local.get $3
  i64.add
  local.get $4
  i64.add
  local.get $60
  local.get $64
  i64.mul
  local.get $46
  local.get $65
  i64.mul
  i64.add
  local.get $45
  local.get $66
  i64.mul
  i64.add
  local.get $44
  local.get $68
  i64.mul
  i64.add
  local.get $43
  local.get $47
  i64.mul
  i64.add
  local.get $14
  i64.const 268435455
  i64.mul
  i64.add
  local.get $22
  i64.add
  local.get $23
  i64.add
  local.get $3
  i64.add
  local.get $4
  i64.add
  local.get $6
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $5
  i64.const 29
  i64.shr_u
  i64.add
  local.set $6
  local.get $0
  local.get $5
  i64.const 536870911
  i64.and
  i64.store32 offset=48
  local.get $0
  local.get $6
  i64.const 536870911
  i64.and
  i64.store32 offset=52
  local.get $60
  local.get $68
  i64.mul
  local.get $46
  local.get $47
  i64.mul
  i64.add
  local.get $67
  i64.const 268435455
  i64.mul
  i64.add
  local.get $4
  i64.add
  local.get $60
  local.get $66
  i64.mul
  local.get $46
  local.get $68
  i64.mul
  i64.add
  local.get $45
  local.get $47
  i64.mul
  i64.add
  local.get $16
  i64.const 268435455
  i64.mul
  i64.add
  local.get $3
  i64.add
  local.get $4
  i64.add
  local.get $6
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_u
  i64.add
  local.set $4
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=56
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=60
  local.get $0
  local.get $50
  i64.const 268435455
  i64.mul
  local.get $47
  local.get $60
  i64.mul
  i64.add
  local.get $4
  i64.const 29
  i64.shr_u
  i64.add
  local.tee $3
  i64.const 536870911
  i64.and
  i64.store32 offset=64
  local.get $0
  local.get $3
  i64.const 29
  i64.shr_u
  i64.store32 offset=68
 )
 (func $assembly/pk/p521-field/fromBytes (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i64)
  (local $4 i32)
  (local $5 i32)
  local.get $2
  i32.const 1
  i32.sub
  local.set $2
  loop $for-loop|0
   local.get $2
   i32.const 0
   i32.ge_s
   if
    local.get $3
    local.get $1
    local.get $2
    i32.add
    i64.load8_u
    local.get $4
    i64.extend_i32_u
    i64.shl
    i64.or
    local.set $3
    local.get $5
    i32.const 17
    i32.lt_u
    local.get $4
    i32.const 8
    i32.add
    local.tee $4
    i32.const 29
    i32.ge_u
    i32.and
    if
     local.get $0
     local.get $5
     i32.const 2
     i32.shl
     i32.add
     local.get $3
     i64.const 536870911
     i64.and
     i64.store32
     local.get $4
     i32.const 29
     i32.sub
     local.set $4
     local.get $5
     i32.const 1
     i32.add
     local.set $5
     local.get $3
     i64.const 29
     i64.shr_u
     local.set $3
    end
    local.get $2
    i32.const 1
    i32.sub
    local.set $2
    br $for-loop|0
   end
  end
  loop $for-loop|1
   local.get $5
   i32.const 17
   i32.lt_u
   if
    local.get $0
    local.get $5
    i32.const 2
    i32.shl
    i32.add
    local.get $3
    i64.const 536870911
    i64.and
    i64.store32
    local.get $3
    i64.const 29
    i64.shr_u
    local.set $3
    local.get $5
    i32.const 1
    i32.add
    local.set $5
    br $for-loop|1
   end
  end
  local.get $0
  local.get $3
  i64.store32 offset=68
 )
 (func $assembly/pk/p521-field/feMulSmall (param $0 i32) (param $1 i32) (param $2 i64)
  (local $3 i32)
  loop $for-loop|0
   local.get $3
   i32.const 18
   i32.lt_u
   if
    local.get $3
    i32.const 3
    i32.shl
    i32.const 90192
    i32.add
    local.get $2
    local.get $1
    local.get $3
    i32.const 2
    i32.shl
    i32.add
    i64.load32_u
    i64.mul
    i64.store
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|0
   end
  end
  local.get $0
  call $assembly/pk/p521-field/settle
 )
 (func $assembly/pk/p384-mul/scMul (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i64)
  (local $4 i64)
  (local $5 i64)
  (local $6 i64)
  (local $7 i64)
  (local $8 i64)
  (local $9 i64)
  (local $10 i64)
  (local $11 i64)
  (local $12 i64)
  (local $13 i64)
  (local $14 i64)
  (local $15 i64)
  (local $16 i64)
  (local $17 i64)
  (local $18 i64)
  (local $19 i64)
  (local $20 i64)
  (local $21 i64)
  (local $22 i64)
  (local $23 i64)
  (local $24 i64)
  (local $25 i64)
  (local $26 i64)
  (local $27 i64)
  (local $28 i64)
  (local $29 i64)
  (local $30 i64)
  (local $31 i64)
  (local $32 i64)
  (local $33 i64)
  (local $34 i64)
  (local $35 i64)
  (local $36 i64)
  (local $37 i64)
  (local $38 i64)
  (local $39 i64)
  (local $40 i64)
  (local $41 i64)
  (local $42 i64)
  (local $43 i64)
  (local $44 i64)
  (local $45 i64)
  (local $46 i64)
  (local $47 i64)
  (local $48 i64)
  (local $49 i64)
  (local $50 i64)
  (local $51 i64)
  (local $52 i64)
  local.get $1
  i64.load32_u
  local.tee $35
  local.get $2
  i64.load32_u
  local.tee $36
  i64.mul
  local.tee $3
  i64.const 536870911
  i64.and
  i64.const 143645765
  i64.mul
  i64.const 536870911
  i64.and
  local.tee $37
  i64.const 536870911
  i64.mul
  local.set $38
  local.get $2
  i64.load32_u offset=4
  local.tee $22
  local.get $35
  i64.mul
  local.get $1
  i64.load32_u offset=4
  local.tee $23
  local.get $36
  i64.mul
  i64.add
  local.get $37
  i64.const 214247795
  i64.mul
  local.get $3
  i64.add
  i64.const 29
  i64.shr_s
  i64.add
  local.get $37
  i64.const 123784022
  i64.mul
  i64.add
  local.tee $3
  i64.const 536870911
  i64.and
  i64.const 143645765
  i64.mul
  i64.const 536870911
  i64.and
  local.set $39
  local.get $2
  i64.load32_u offset=8
  local.tee $24
  local.get $35
  i64.mul
  local.get $22
  local.get $23
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=8
  local.tee $40
  local.get $36
  i64.mul
  i64.add
  local.get $37
  i64.const 204070587
  i64.mul
  i64.add
  local.get $39
  i64.const 214247795
  i64.mul
  local.get $3
  i64.add
  i64.const 29
  i64.shr_s
  i64.add
  local.get $39
  i64.const 123784022
  i64.mul
  i64.add
  local.tee $4
  i64.const 536870911
  i64.and
  i64.const 143645765
  i64.mul
  i64.const 536870911
  i64.and
  local.set $3
  local.get $2
  i64.load32_u offset=12
  local.tee $25
  local.get $35
  i64.mul
  local.get $23
  local.get $24
  i64.mul
  i64.add
  local.get $22
  local.get $40
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=12
  local.tee $41
  local.get $36
  i64.mul
  i64.add
  local.get $37
  i64.const 337339537
  i64.mul
  i64.add
  local.get $39
  i64.const 204070587
  i64.mul
  i64.add
  local.get $3
  i64.const 214247795
  i64.mul
  local.get $4
  i64.add
  i64.const 29
  i64.shr_s
  i64.add
  local.get $3
  i64.const 123784022
  i64.mul
  i64.add
  local.tee $5
  i64.const 536870911
  i64.and
  i64.const 143645765
  i64.mul
  i64.const 536870911
  i64.and
  local.set $4
  local.get $2
  i64.load32_u offset=16
  local.tee $26
  local.get $35
  i64.mul
  local.get $23
  local.get $25
  i64.mul
  i64.add
  local.get $24
  local.get $40
  i64.mul
  i64.add
  local.get $22
  local.get $41
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=16
  local.tee $42
  local.get $36
  i64.mul
  i64.add
  local.get $37
  i64.const 316536193
  i64.mul
  i64.add
  local.get $39
  i64.const 337339537
  i64.mul
  i64.add
  local.get $3
  i64.const 204070587
  i64.mul
  i64.add
  local.get $4
  i64.const 214247795
  i64.mul
  local.get $5
  i64.add
  i64.const 29
  i64.shr_s
  i64.add
  local.get $4
  i64.const 123784022
  i64.mul
  i64.add
  local.tee $6
  i64.const 536870911
  i64.and
  i64.const 143645765
  i64.mul
  i64.const 536870911
  i64.and
  local.set $5
  local.get $2
  i64.load32_u offset=20
  local.tee $27
  local.get $35
  i64.mul
  local.get $23
  local.get $26
  i64.mul
  i64.add
  local.get $25
  local.get $40
  i64.mul
  i64.add
  local.get $24
  local.get $41
  i64.mul
  i64.add
  local.get $22
  local.get $42
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=20
  local.tee $43
  local.get $36
  i64.mul
  i64.add
  local.get $37
  i64.const 113310235
  i64.mul
  i64.add
  local.get $39
  i64.const 316536193
  i64.mul
  i64.add
  local.get $3
  i64.const 337339537
  i64.mul
  i64.add
  local.get $4
  i64.const 204070587
  i64.mul
  i64.add
  local.get $5
  i64.const 214247795
  i64.mul
  local.get $6
  i64.add
  i64.const 29
  i64.shr_s
  i64.add
  local.get $5
  i64.const 123784022
  i64.mul
  i64.add
  local.tee $7
  i64.const 536870911
  i64.and
  i64.const 143645765
  i64.mul
  i64.const 536870911
  i64.and
  local.set $6
  local.get $2
  i64.load32_u offset=24
  local.tee $28
  local.get $35
  i64.mul
  local.get $23
  local.get $27
  i64.mul
  i64.add
  local.get $26
  local.get $40
  i64.mul
  i64.add
  local.get $25
  local.get $41
  i64.mul
  i64.add
  local.get $24
  local.get $42
  i64.mul
  i64.add
  local.get $22
  local.get $43
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=24
  local.tee $44
  local.get $36
  i64.mul
  i64.add
  local.get $37
  i64.const 536812941
  i64.mul
  i64.add
  local.get $39
  i64.const 113310235
  i64.mul
  i64.add
  local.get $3
  i64.const 316536193
  i64.mul
  i64.add
  local.get $4
  i64.const 337339537
  i64.mul
  i64.add
  local.get $5
  i64.const 204070587
  i64.mul
  i64.add
  local.get $6
  i64.const 214247795
  i64.mul
  local.get $7
  i64.add
  i64.const 29
  i64.shr_s
  i64.add
  local.get $6
  i64.const 123784022
  i64.mul
  i64.add
  local.tee $8
  i64.const 536870911
  i64.and
  i64.const 143645765
  i64.mul
  i64.const 536870911
  i64.and
  local.set $7
  local.get $2
  i64.load32_u offset=28
  local.tee $29
  local.get $35
  i64.mul
  local.get $23
  local.get $28
  i64.mul
  i64.add
  local.get $27
  local.get $40
  i64.mul
  i64.add
  local.get $26
  local.get $41
  i64.mul
  i64.add
  local.get $25
  local.get $42
  i64.mul
  i64.add
  local.get $24
  local.get $43
  i64.mul
  i64.add
  local.get $22
  local.get $44
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=28
  local.tee $45
  local.get $36
  i64.mul
  i64.add
  local.get $38
  i64.add
  local.get $39
  i64.const 536812941
  i64.mul
  i64.add
  local.get $3
  i64.const 113310235
  i64.mul
  i64.add
  local.get $4
  i64.const 316536193
  i64.mul
  i64.add
  local.get $5
  i64.const 337339537
  i64.mul
  i64.add
  local.get $6
  i64.const 204070587
  i64.mul
  i64.add
  local.get $7
  i64.const 214247795
  i64.mul
  local.get $8
  i64.add
  i64.const 29
  i64.shr_s
  i64.add
  local.get $7
  i64.const 123784022
  i64.mul
  i64.add
  local.tee $9
  i64.const 536870911
  i64.and
  i64.const 143645765
  i64.mul
  i64.const 536870911
  i64.and
  local.tee $8
  i64.const 536870911
  i64.mul
  local.set $13
  local.get $39
  i64.const 536870911
  i64.mul
  local.tee $46
  local.get $2
  i64.load32_u offset=32
  local.tee $30
  local.get $35
  i64.mul
  local.get $23
  local.get $29
  i64.mul
  i64.add
  local.get $28
  local.get $40
  i64.mul
  i64.add
  local.get $27
  local.get $41
  i64.mul
  i64.add
  local.get $26
  local.get $42
  i64.mul
  i64.add
  local.get $25
  local.get $43
  i64.mul
  i64.add
  local.get $24
  local.get $44
  i64.mul
  i64.add
  local.get $22
  local.get $45
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=32
  local.tee $47
  local.get $36
  i64.mul
  i64.add
  local.get $38
  i64.add
  i64.add
  local.get $3
  i64.const 536812941
  i64.mul
  i64.add
  local.get $4
  i64.const 113310235
  i64.mul
  i64.add
  local.get $5
  i64.const 316536193
  i64.mul
  i64.add
  local.get $6
  i64.const 337339537
  i64.mul
  i64.add
  local.get $7
  i64.const 204070587
  i64.mul
  i64.add
  local.get $8
  i64.const 214247795
  i64.mul
  local.get $9
  i64.add
  i64.const 29
  i64.shr_s
  i64.add
  local.get $8
  i64.const 123784022
  i64.mul
  i64.add
  local.tee $10
  i64.const 536870911
  i64.and
  i64.const 143645765
  i64.mul
  i64.const 536870911
  i64.and
  local.tee $9
  i64.const 536870911
  i64.mul
  local.set $14
  local.get $3
  i64.const 536870911
  i64.mul
  local.tee $18
  local.get $2
  i64.load32_u offset=36
  local.tee $31
  local.get $35
  i64.mul
  local.get $23
  local.get $30
  i64.mul
  i64.add
  local.get $29
  local.get $40
  i64.mul
  i64.add
  local.get $28
  local.get $41
  i64.mul
  i64.add
  local.get $27
  local.get $42
  i64.mul
  i64.add
  local.get $26
  local.get $43
  i64.mul
  i64.add
  local.get $25
  local.get $44
  i64.mul
  i64.add
  local.get $24
  local.get $45
  i64.mul
  i64.add
  local.get $22
  local.get $47
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=36
  local.tee $48
  local.get $36
  i64.mul
  i64.add
  local.get $38
  i64.add
  local.get $46
  i64.add
  i64.add
  local.get $4
  i64.const 536812941
  i64.mul
  i64.add
  local.get $5
  i64.const 113310235
  i64.mul
  i64.add
  local.get $6
  i64.const 316536193
  i64.mul
  i64.add
  local.get $7
  i64.const 337339537
  i64.mul
  i64.add
  local.get $8
  i64.const 204070587
  i64.mul
  i64.add
  local.get $9
  i64.const 214247795
  i64.mul
  local.get $10
  i64.add
  i64.const 29
  i64.shr_s
  i64.add
  local.get $9
  i64.const 123784022
  i64.mul
  i64.add
  local.tee $11
  i64.const 536870911
  i64.and
  i64.const 143645765
  i64.mul
  i64.const 536870911
  i64.and
  local.tee $10
  i64.const 536870911
  i64.mul
  local.set $15
  local.get $4
  i64.const 536870911
  i64.mul
  local.tee $19
  local.get $2
  i64.load32_u offset=40
  local.tee $32
  local.get $35
  i64.mul
  local.get $23
  local.get $31
  i64.mul
  i64.add
  local.get $30
  local.get $40
  i64.mul
  i64.add
  local.get $29
  local.get $41
  i64.mul
  i64.add
  local.get $28
  local.get $42
  i64.mul
  i64.add
  local.get $27
  local.get $43
  i64.mul
  i64.add
  local.get $26
  local.get $44
  i64.mul
  i64.add
  local.get $25
  local.get $45
  i64.mul
  i64.add
  local.get $24
  local.get $47
  i64.mul
  i64.add
  local.get $22
  local.get $48
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=40
  local.tee $49
  local.get $36
  i64.mul
  i64.add
  local.get $38
  i64.add
  local.get $46
  i64.add
  local.get $18
  i64.add
  i64.add
  local.get $5
  i64.const 536812941
  i64.mul
  i64.add
  local.get $6
  i64.const 113310235
  i64.mul
  i64.add
  local.get $7
  i64.const 316536193
  i64.mul
  i64.add
  local.get $8
  i64.const 337339537
  i64.mul
  i64.add
  local.get $9
  i64.const 204070587
  i64.mul
  i64.add
  local.get $10
  i64.const 214247795
  i64.mul
  local.get $11
  i64.add
  i64.const 29
  i64.shr_s
  i64.add
  local.get $10
  i64.const 123784022
  i64.mul
  i64.add
  local.tee $12
  i64.const 536870911
  i64.and
  i64.const 143645765
  i64.mul
  i64.const 536870911
  i64.and
  local.tee $11
  i64.const 536870911
  i64.mul
  local.set $16
  local.get $5
  i64.const 536870911
  i64.mul
  local.tee $20
  local.get $2
  i64.load32_u offset=44
  local.tee $33
  local.get $35
  i64.mul
  local.get $23
  local.get $32
  i64.mul
  i64.add
  local.get $31
  local.get $40
  i64.mul
  i64.add
  local.get $30
  local.get $41
  i64.mul
  i64.add
  local.get $29
  local.get $42
  i64.mul
  i64.add
  local.get $28
  local.get $43
  i64.mul
  i64.add
  local.get $27
  local.get $44
  i64.mul
  i64.add
  local.get $26
  local.get $45
  i64.mul
  i64.add
  local.get $25
  local.get $47
  i64.mul
  i64.add
  local.get $24
  local.get $48
  i64.mul
  i64.add
  local.get $22
  local.get $49
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=44
  local.tee $50
  local.get $36
  i64.mul
  i64.add
  local.get $38
  i64.add
  local.get $46
  i64.add
  local.get $18
  i64.add
  local.get $19
  i64.add
  i64.add
  local.get $6
  i64.const 536812941
  i64.mul
  i64.add
  local.get $7
  i64.const 113310235
  i64.mul
  i64.add
  local.get $8
  i64.const 316536193
  i64.mul
  i64.add
  local.get $9
  i64.const 337339537
  i64.mul
  i64.add
  local.get $10
  i64.const 204070587
  i64.mul
  i64.add
  local.get $11
  i64.const 214247795
  i64.mul
  local.get $12
  i64.add
  i64.const 29
  i64.shr_s
  i64.add
  local.get $11
  i64.const 123784022
  i64.mul
  i64.add
  local.tee $51
  i64.const 536870911
  i64.and
  i64.const 143645765
  i64.mul
  i64.const 536870911
  i64.and
  local.tee $12
  i64.const 536870911
  i64.mul
  local.set $17
  local.get $6
  i64.const 536870911
  i64.mul
  local.tee $21
  local.get $2
  i64.load32_u offset=48
  local.tee $34
  local.get $35
  i64.mul
  local.get $23
  local.get $33
  i64.mul
  i64.add
  local.get $32
  local.get $40
  i64.mul
  i64.add
  local.get $31
  local.get $41
  i64.mul
  i64.add
  local.get $30
  local.get $42
  i64.mul
  i64.add
  local.get $29
  local.get $43
  i64.mul
  i64.add
  local.get $28
  local.get $44
  i64.mul
  i64.add
  local.get $27
  local.get $45
  i64.mul
  i64.add
  local.get $26
  local.get $47
  i64.mul
  i64.add
  local.get $25
  local.get $48
  i64.mul
  i64.add
  local.get $24
  local.get $49
  i64.mul
  i64.add
  local.get $22
  local.get $50
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=48
  local.tee $52
  local.get $36
  i64.mul
  i64.add
  local.get $38
  i64.add
  local.get $46
  i64.add
  local.get $18
  i64.add
  local.get $19
  i64.add
  local.get $20
  i64.add
  i64.add
  local.get $7
  i64.const 536812941
  i64.mul
  i64.add
  local.get $8
  i64.const 113310235
  i64.mul
  i64.add
  local.get $9
  i64.const 316536193
  i64.mul
  i64.add
  local.get $10
  i64.const 337339537
  i64.mul
  i64.add
  local.get $11
  i64.const 204070587
  i64.mul
  i64.add
  local.get $12
  i64.const 214247795
  i64.mul
  local.get $51
  i64.add
  i64.const 29
  i64.shr_s
  i64.add
  local.get $12
  i64.const 123784022
  i64.mul
  i64.add
  local.tee $38
  i64.const 536870911
  i64.and
  i64.const 143645765
  i64.mul
  i64.const 536870911
  i64.and
  local.set $51
  local.get $46
  local.get $2
  i64.load32_u offset=52
  local.tee $46
  local.get $35
  i64.mul
  local.get $23
  local.get $34
  i64.mul
  i64.add
  local.get $33
  local.get $40
  i64.mul
  i64.add
  local.get $32
  local.get $41
  i64.mul
  i64.add
  local.get $31
  local.get $42
  i64.mul
  i64.add
  local.get $30
  local.get $43
  i64.mul
  i64.add
  local.get $29
  local.get $44
  i64.mul
  i64.add
  local.get $28
  local.get $45
  i64.mul
  i64.add
  local.get $27
  local.get $47
  i64.mul
  i64.add
  local.get $26
  local.get $48
  i64.mul
  i64.add
  local.get $25
  local.get $49
  i64.mul
  i64.add
  local.get $24
  local.get $50
  i64.mul
  i64.add
  local.get $22
  local.get $52
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=52
  local.tee $35
  local.get $36
  i64.mul
  i64.add
  local.get $37
  i64.const 127
  i64.mul
  i64.add
  i64.add
  local.get $18
  i64.add
  local.get $19
  i64.add
  local.get $20
  i64.add
  local.get $21
  i64.add
  local.get $7
  i64.const 536870911
  i64.mul
  local.tee $36
  i64.add
  local.get $8
  i64.const 536812941
  i64.mul
  i64.add
  local.get $9
  i64.const 113310235
  i64.mul
  i64.add
  local.get $10
  i64.const 316536193
  i64.mul
  i64.add
  local.get $11
  i64.const 337339537
  i64.mul
  i64.add
  local.get $12
  i64.const 204070587
  i64.mul
  i64.add
  local.get $51
  i64.const 214247795
  i64.mul
  local.get $38
  i64.add
  i64.const 29
  i64.shr_s
  i64.add
  local.get $51
  i64.const 123784022
  i64.mul
  i64.add
  local.tee $37
  i64.const 536870911
  i64.and
  i64.const 143645765
  i64.mul
  i64.const 536870911
  i64.and
  local.set $38
  local.get $40
  local.get $46
  i64.mul
  local.get $34
  local.get $41
  i64.mul
  i64.add
  local.get $33
  local.get $42
  i64.mul
  i64.add
  local.get $32
  local.get $43
  i64.mul
  i64.add
  local.get $31
  local.get $44
  i64.mul
  i64.add
  local.get $30
  local.get $45
  i64.mul
  i64.add
  local.get $29
  local.get $47
  i64.mul
  i64.add
  local.get $28
  local.get $48
  i64.mul
  i64.add
  local.get $27
  local.get $49
  i64.mul
  i64.add
  local.get $26
  local.get $50
  i64.mul
  i64.add
  local.get $25
  local.get $52
  i64.mul
  i64.add
  local.get $24
  local.get $35
  i64.mul
  i64.add
  local.get $3
  i64.const 127
  i64.mul
  i64.add
  local.get $19
  i64.add
  local.get $20
  i64.add
  local.get $21
  i64.add
  local.get $36
  i64.add
  local.get $13
  i64.add
  local.get $14
  i64.add
  local.get $10
  i64.const 536812941
  i64.mul
  i64.add
  local.get $11
  i64.const 113310235
  i64.mul
  i64.add
  local.get $12
  i64.const 316536193
  i64.mul
  i64.add
  local.get $51
  i64.const 337339537
  i64.mul
  i64.add
  local.get $38
  i64.const 204070587
  i64.mul
  i64.add
  local.get $23
  local.get $46
  i64.mul
  local.get $34
  local.get $40
  i64.mul
  i64.add
  local.get $33
  local.get $41
  i64.mul
  i64.add
  local.get $32
  local.get $42
  i64.mul
  i64.add
  local.get $31
  local.get $43
  i64.mul
  i64.add
  local.get $30
  local.get $44
  i64.mul
  i64.add
  local.get $29
  local.get $45
  i64.mul
  i64.add
  local.get $28
  local.get $47
  i64.mul
  i64.add
  local.get $27
  local.get $48
  i64.mul
  i64.add
  local.get $26
  local.get $49
  i64.mul
  i64.add
  local.get $25
  local.get $50
  i64.mul
  i64.add
  local.get $24
  local.get $52
  i64.mul
  i64.add
  local.get $22
  local.get $35
  i64.mul
  i64.add
  local.get $39
  i64.const 127
  i64.mul
  i64.add
  local.get $18
  i64.add
  local.get $19
  i64.add
  local.get $20
  i64.add
  local.get $21
  i64.add
  local.get $36
  i64.add
  local.get $13
  i64.add
  local.get $9
  i64.const 536812941
  i64.mul
  i64.add
  local.get $10
  i64.const 113310235
  i64.mul
  i64.add
  local.get $11
  i64.const 316536193
  i64.mul
  i64.add
  local.get $12
  i64.const 337339537
  i64.mul
  i64.add
  local.get $51
  i64.const 204070587
  i64.mul
  i64.add
  local.get $38
  i64.const 214247795
  i64.mul
  local.get $37
  i64.add
  i64.const 29
  i64.shr_s
  i64.add
  local.get $38
  i64.const 123784022
  i64.mul
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_s
  i64.add
  local.set $18
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32
  local.get $0
  local.get $18
  i64.const 536870911
  i64.and
  i64.store32 offset=4
  local.get $42
  local.get $46
  i64.mul
  local.get $34
  local.get $43
  i64.mul
  i64.add
  local.get $33
  local.get $44
  i64.mul
  i64.add
  local.get $32
  local.get $45
  i64.mul
  i64.add
  local.get $31
  local.get $47
  i64.mul
  i64.add
  local.get $30
  local.get $48
  i64.mul
  i64.add
  local.get $29
  local.get $49
  i64.mul
  i64.add
  local.get $28
  local.get $50
  i64.mul
  i64.add
  local.get $27
  local.get $52
  i64.mul
  i64.add
  local.get $26
  local.get $35
  i64.mul
  i64.add
  local.get $5
  i64.const 127
  i64.mul
  i64.add
  local.get $21
  i64.add
  local.get $36
  i64.add
  local.get $13
  i64.add
  local.get $14
  i64.add
  local.get $15
  i64.add
  local.get $16
  i64.add
  local.get $12
  i64.const 536812941
  i64.mul
  i64.add
  local.get $51
  i64.const 113310235
  i64.mul
  i64.add
  local.get $38
  i64.const 316536193
  i64.mul
  i64.add
  local.get $41
  local.get $46
  i64.mul
  local.get $34
  local.get $42
  i64.mul
  i64.add
  local.get $33
  local.get $43
  i64.mul
  i64.add
  local.get $32
  local.get $44
  i64.mul
  i64.add
  local.get $31
  local.get $45
  i64.mul
  i64.add
  local.get $30
  local.get $47
  i64.mul
  i64.add
  local.get $29
  local.get $48
  i64.mul
  i64.add
  local.get $28
  local.get $49
  i64.mul
  i64.add
  local.get $27
  local.get $50
  i64.mul
  i64.add
  local.get $26
  local.get $52
  i64.mul
  i64.add
  local.get $25
  local.get $35
  i64.mul
  i64.add
  local.get $4
  i64.const 127
  i64.mul
  i64.add
  local.get $20
  i64.add
  local.get $21
  i64.add
  local.get $36
  i64.add
  local.get $13
  i64.add
  local.get $14
  i64.add
  local.get $15
  i64.add
  local.get $11
  i64.const 536812941
  i64.mul
  i64.add
  local.get $12
  i64.const 113310235
  i64.mul
  i64.add
  local.get $51
  i64.const 316536193
  i64.mul
  i64.add
  local.get $38
  i64.const 337339537
  i64.mul
  i64.add
  local.get $18
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_s
  i64.add
  local.set $4
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=8
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=12
  local.get $51
  i64.const 536870911
  i64.mul
  local.tee $3
  local.get $44
  local.get $46
  i64.mul
  local.get $34
  local.get $45
  i64.mul
  i64.add
  local.get $33
  local.get $47
  i64.mul
  i64.add
  local.get $32
  local.get $48
  i64.mul
  i64.add
  local.get $31
  local.get $49
  i64.mul
  i64.add
  local.get $30
  local.get $50
  i64.mul
  i64.add
  local.get $29
  local.get $52
  i64.mul
  i64.add
  local.get $28
  local.get $35
  i64.mul
  i64.add
  local.get $7
  i64.const 127
  i64.mul
  i64.add
  local.get $13
  i64.add
  local.get $14
  i64.add
  local.get $15
  i64.add
  local.get $16
  i64.add
  local.get $17
  i64.add
  i64.add
  local.get $38
  i64.const 536812941
  i64.mul
  i64.add
  local.get $43
  local.get $46
  i64.mul
  local.get $34
  local.get $44
  i64.mul
  i64.add
  local.get $33
  local.get $45
  i64.mul
  i64.add
  local.get $32
  local.get $47
  i64.mul
  i64.add
  local.get $31
  local.get $48
  i64.mul
  i64.add
  local.get $30
  local.get $49
  i64.mul
  i64.add
  local.get $29
  local.get $50
  i64.mul
  i64.add
  local.get $28
  local.get $52
  i64.mul
  i64.add
  local.get $27
  local.get $35
  i64.mul
  i64.add
  local.get $6
  i64.const 127
  i64.mul
  i64.add
  local.get $36
  i64.add
  local.get $13
  i64.add
  local.get $14
  i64.add
  local.get $15
  i64.add
  local.get $16
  i64.add
  local.get $17
  i64.add
  local.get $51
  i64.const 536812941
  i64.mul
  i64.add
  local.get $38
  i64.const 113310235
  i64.mul
  i64.add
  local.get $4
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $4
  i64.const 29
  i64.shr_s
  i64.add
  local.set $5
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=16
  local.get $0
  local.get $5
  i64.const 536870911
  i64.and
  i64.store32 offset=20
  local.get $0
  local.get $38
  i64.const 536870911
  i64.mul
  local.tee $4
  local.get $45
  local.get $46
  i64.mul
  local.get $34
  local.get $47
  i64.mul
  i64.add
  local.get $33
  local.get $48
  i64.mul
  i64.add
  local.get $32
  local.get $49
  i64.mul
  i64.add
  local.get $31
  local.get $50
  i64.mul
  i64.add
  local.get $30
  local.get $52
  i64.mul
  i64.add
  local.get $29
  local.get $35
  i64.mul
  i64.add
  local.get $8
  i64.const 127
  i64.mul
  i64.add
  local.get $14
  i64.add
  local.get $15
  i64.add
  local.get $16
  i64.add
  local.get $17
  i64.add
  local.get $3
  i64.add
  i64.add
  local.get $5
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $5
  i64.const 536870911
  i64.and
  i64.store32 offset=24
  local.get $0
  local.get $46
  local.get $47
  i64.mul
  local.get $34
  local.get $48
  i64.mul
  i64.add
  local.get $33
  local.get $49
  i64.mul
  i64.add
  local.get $32
  local.get $50
  i64.mul
  i64.add
  local.get $31
  local.get $52
  i64.mul
  i64.add
  local.get $30
  local.get $35
  i64.mul
  i64.add
  local.get $9
  i64.const 127
  i64.mul
  i64.add
  local.get $15
  i64.add
  local.get $16
  i64.add
  local.get $17
  i64.add
  local.get $3
  i64.add
  local.get $4
  i64.add
  local.get $5
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $5
  i64.const 536870911
  i64.and
  i64.store32 offset=28
  local.get $46
  local.get $49
  i64.mul
  local.get $34
  local.get $50
  i64.mul
  i64.add
  local.get $33
  local.get $52
  i64.mul
  i64.add
  local.get $32
  local.get $35
  i64.mul
  i64.add
  local.get $11
  i64.const 127
  i64.mul
  i64.add
  local.get $17
  i64.add
  local.get $3
  i64.add
  local.get $4
  i64.add
  local.get $46
  local.get $48
  i64.mul
  local.get $34
  local.get $49
  i64.mul
  i64.add
  local.get $33
  local.get $50
  i64.mul
  i64.add
  local.get $32
  local.get $52
  i64.mul
  i64.add
  local.get $31
  local.get $35
  i64.mul
  i64.add
  local.get $10
  i64.const 127
  i64.mul
  i64.add
  local.get $16
  i64.add
  local.get $17
  i64.add
  local.get $3
  i64.add
  local.get $4
  i64.add
  local.get $5
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $5
  i64.const 29
  i64.shr_s
  i64.add
  local.set $6
  local.get $0
  local.get $5
  i64.const 536870911
  i64.and
  i64.store32 offset=32
  local.get $0
  local.get $6
  i64.const 536870911
  i64.and
  i64.store32 offset=36
  local.get $46
  local.get $52
  i64.mul
  local.get $34
  local.get $35
  i64.mul
  i64.add
  local.get $51
  i64.const 127
  i64.mul
  i64.add
  local.get $4
  i64.add
  local.get $46
  local.get $50
  i64.mul
  local.get $34
  local.get $52
  i64.mul
  i64.add
  local.get $33
  local.get $35
  i64.mul
  i64.add
  local.get $12
  i64.const 127
  i64.mul
  i64.add
  local.get $3
  i64.add
  local.get $4
  i64.add
  local.get $6
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_s
  i64.add
  local.set $4
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=40
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=44
  local.get $0
  local.get $38
  i64.const 127
  i64.mul
  local.get $35
  local.get $46
  i64.mul
  i64.add
  local.get $4
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $3
  i64.const 536870911
  i64.and
  i64.store32 offset=48
  local.get $0
  local.get $3
  i64.const 29
  i64.shr_s
  i64.store32 offset=52
 )
 (func $assembly/pk/p384-field/feMulSmall (param $0 i32) (param $1 i32) (param $2 i64)
  (local $3 i32)
  loop $for-loop|0
   local.get $3
   i32.const 14
   i32.lt_u
   if
    local.get $3
    i32.const 3
    i32.shl
    i32.const 68560
    i32.add
    local.get $2
    local.get $1
    local.get $3
    i32.const 2
    i32.shl
    i32.add
    i64.load32_u
    i64.mul
    i64.store
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|0
   end
  end
  local.get $0
  call $assembly/pk/p384-field/settle
 )
 (func $assembly/pk/p384-field/canon (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i64)
  (local $5 i64)
  (local $6 i32)
  (local $7 i32)
  local.get $0
  local.get $1
  i32.const 56
  memory.copy
  loop $while-continue|0
   i32.const 13
   local.set $1
   block $__inlined_func$assembly/pk/p384-field/cmp$80
    loop $for-loop|0
     local.get $1
     i32.const 0
     i32.ge_s
     if
      i32.const -1
      i32.const 1
      local.get $1
      i32.const 2
      i32.shl
      local.tee $3
      local.get $0
      i32.add
      i32.load
      local.tee $7
      local.get $2
      local.get $3
      i32.add
      i32.load
      local.tee $6
      i32.lt_u
      select
      local.set $3
      local.get $6
      local.get $7
      i32.ne
      br_if $__inlined_func$assembly/pk/p384-field/cmp$80
      local.get $1
      i32.const 1
      i32.sub
      local.set $1
      br $for-loop|0
     end
    end
    i32.const 0
    local.set $3
   end
   local.get $3
   i32.const 0
   i32.ge_s
   if
    i64.const 0
    local.set $4
    i32.const 0
    local.set $1
    loop $for-loop|00
     local.get $1
     i32.const 14
     i32.lt_u
     if
      local.get $1
      i32.const 2
      i32.shl
      local.tee $3
      local.get $0
      i32.add
      local.tee $6
      i64.load32_u
      local.get $2
      local.get $3
      i32.add
      i64.load32_u
      i64.sub
      local.get $4
      i64.add
      local.tee $5
      i64.const 29
      i64.shr_s
      local.set $4
      local.get $6
      local.get $5
      i64.const 536870911
      i64.and
      local.get $5
      local.get $1
      i32.const 13
      i32.lt_u
      select
      i64.store32
      local.get $1
      i32.const 1
      i32.add
      local.set $1
      br $for-loop|00
     end
    end
    br $while-continue|0
   end
  end
 )
 (func $assembly/pk/p256-field/feMulSmall (param $0 i32) (param $1 i32) (param $2 i64)
  (local $3 i64)
  (local $4 i64)
  (local $5 i64)
  (local $6 i64)
  (local $7 i64)
  (local $8 i64)
  (local $9 i64)
  (local $10 i64)
  local.get $2
  local.get $1
  i64.load32_u offset=8
  i64.mul
  local.set $9
  local.get $2
  local.get $1
  i64.load32_u offset=16
  i64.mul
  local.set $3
  local.get $2
  local.get $1
  i64.load32_u offset=20
  i64.mul
  local.get $2
  local.get $1
  i64.load32_u offset=12
  i64.mul
  local.get $2
  local.get $1
  i64.load32_u offset=32
  i64.mul
  local.tee $5
  i64.const 24
  i64.shr_s
  local.tee $10
  i64.const 9
  i64.shl
  i64.sub
  local.get $2
  local.get $1
  i64.load32_u offset=24
  i64.mul
  local.get $10
  i64.const 18
  i64.shl
  i64.sub
  local.set $7
  local.get $2
  local.get $1
  i64.load32_u offset=28
  i64.mul
  local.get $10
  i64.const 21
  i64.shl
  i64.add
  local.set $8
  local.get $2
  local.get $1
  i64.load32_u offset=4
  i64.mul
  local.get $10
  local.get $2
  local.get $1
  i64.load32_u
  i64.mul
  i64.add
  local.tee $2
  i64.const 29
  i64.shr_s
  i64.add
  local.set $10
  local.get $0
  local.get $2
  i64.const 536870911
  i64.and
  i64.store32
  local.get $0
  local.get $10
  i64.const 536870911
  i64.and
  i64.store32 offset=4
  local.get $9
  local.get $10
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $2
  i64.const 29
  i64.shr_s
  i64.add
  local.set $6
  local.get $0
  local.get $2
  i64.const 536870911
  i64.and
  i64.store32 offset=8
  local.get $0
  local.get $6
  i64.const 536870911
  i64.and
  i64.store32 offset=12
  local.get $3
  local.get $6
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $2
  i64.const 29
  i64.shr_s
  i64.add
  local.set $3
  local.get $0
  local.get $2
  i64.const 536870911
  i64.and
  i64.store32 offset=16
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=20
  local.get $8
  local.get $7
  local.get $3
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $2
  i64.const 29
  i64.shr_s
  i64.add
  local.set $3
  local.get $0
  local.get $2
  i64.const 536870911
  i64.and
  i64.store32 offset=24
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=28
  local.get $0
  local.get $5
  i64.const 16777215
  i64.and
  local.get $3
  i64.const 29
  i64.shr_s
  i64.add
  i64.store32 offset=32
 )
 (func $assembly/pk/p256-field/canon (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i64)
  (local $5 i64)
  (local $6 i32)
  (local $7 i32)
  loop $for-loop|0
   local.get $3
   i32.const 9
   i32.lt_u
   if
    local.get $4
    local.get $3
    i32.const 2
    i32.shl
    local.tee $6
    local.get $1
    i32.add
    i64.load32_u
    i64.add
    local.set $4
    local.get $0
    local.get $6
    i32.add
    local.get $4
    i64.const 536870911
    i64.and
    local.get $4
    local.get $3
    i32.const 8
    i32.lt_u
    select
    i64.store32
    local.get $4
    i64.const 29
    i64.shr_s
    local.set $4
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|0
   end
  end
  loop $while-continue|1
   i32.const 8
   local.set $1
   block $__inlined_func$assembly/pk/p256-field/cmp$58
    loop $for-loop|00
     local.get $1
     i32.const 0
     i32.ge_s
     if
      i32.const -1
      i32.const 1
      local.get $1
      i32.const 2
      i32.shl
      local.tee $3
      local.get $0
      i32.add
      i32.load
      local.tee $6
      local.get $2
      local.get $3
      i32.add
      i32.load
      local.tee $7
      i32.lt_u
      select
      local.set $3
      local.get $6
      local.get $7
      i32.ne
      br_if $__inlined_func$assembly/pk/p256-field/cmp$58
      local.get $1
      i32.const 1
      i32.sub
      local.set $1
      br $for-loop|00
     end
    end
    i32.const 0
    local.set $3
   end
   local.get $3
   i32.const 0
   i32.ge_s
   if
    i64.const 0
    local.set $4
    i32.const 0
    local.set $1
    loop $for-loop|01
     local.get $1
     i32.const 9
     i32.lt_u
     if
      local.get $1
      i32.const 2
      i32.shl
      local.tee $3
      local.get $0
      i32.add
      local.tee $6
      i64.load32_u
      local.get $2
      local.get $3
      i32.add
      i64.load32_u
      i64.sub
      local.get $4
      i64.add
      local.tee $5
      i64.const 29
      i64.shr_s
      local.set $4
      local.get $6
      local.get $5
      i64.const 536870911
      i64.and
      local.get $5
      local.get $1
      i32.const 8
      i32.lt_u
      select
      i64.store32
      local.get $1
      i32.const 1
      i32.add
      local.set $1
      br $for-loop|01
     end
    end
    br $while-continue|1
   end
  end
 )
 (func $assembly/pk/edwards25519/toP2
  i32.const 33920
  i32.const 34080
  i32.const 34200
  call $assembly/pk/f25519/feMul
  i32.const 33960
  i32.const 34120
  i32.const 34160
  call $assembly/pk/f25519/feMul
  i32.const 34000
  i32.const 34160
  i32.const 34200
  call $assembly/pk/f25519/feMul
 )
 (func $assembly/pk/p521/double
  i32.const 91888
  i32.const 91808
  call $assembly/pk/p521-mul/feSqr
  i32.const 91968
  i32.const 91728
  call $assembly/pk/p521-mul/feSqr
  i32.const 92048
  i32.const 91648
  i32.const 91968
  call $assembly/pk/p521-mul/feMul
  i32.const 92128
  i32.const 91648
  i32.const 91888
  call $assembly/pk/p521-field/feSub
  i32.const 92208
  i32.const 91648
  i32.const 91888
  call $assembly/pk/p521-field/feAdd
  i32.const 92128
  i32.const 92128
  i32.const 92208
  call $assembly/pk/p521-mul/feMul
  i32.const 92128
  i32.const 92128
  i64.const 3
  call $assembly/pk/p521-field/feMulSmall
  i32.const 92208
  i32.const 91728
  i32.const 91808
  call $assembly/pk/p521-field/feAdd
  i32.const 92208
  i32.const 92208
  call $assembly/pk/p521-mul/feSqr
  i32.const 92208
  i32.const 92208
  i32.const 91968
  call $assembly/pk/p521-field/feSub
  i32.const 91808
  i32.const 92208
  i32.const 91888
  call $assembly/pk/p521-field/feSub
  i32.const 91648
  i32.const 92128
  call $assembly/pk/p521-mul/feSqr
  i32.const 92208
  i32.const 92048
  i64.const 8
  call $assembly/pk/p521-field/feMulSmall
  i32.const 91648
  i32.const 91648
  i32.const 92208
  call $assembly/pk/p521-field/feSub
  i32.const 92048
  i32.const 92048
  i64.const 4
  call $assembly/pk/p521-field/feMulSmall
  i32.const 92048
  i32.const 92048
  i32.const 91648
  call $assembly/pk/p521-field/feSub
  i32.const 92048
  i32.const 92048
  i32.const 92128
  call $assembly/pk/p521-mul/feMul
  i32.const 91968
  i32.const 91968
  call $assembly/pk/p521-mul/feSqr
  i32.const 91968
  i32.const 91968
  i64.const 8
  call $assembly/pk/p521-field/feMulSmall
  i32.const 91728
  i32.const 92048
  i32.const 91968
  call $assembly/pk/p521-field/feSub
 )
 (func $assembly/pk/p521-field/feAdd (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  loop $for-loop|0
   local.get $3
   i32.const 18
   i32.lt_u
   if
    local.get $3
    i32.const 3
    i32.shl
    i32.const 90192
    i32.add
    local.get $3
    i32.const 2
    i32.shl
    local.tee $4
    local.get $1
    i32.add
    i64.load32_u
    local.get $2
    local.get $4
    i32.add
    i64.load32_u
    i64.add
    i64.store
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|0
   end
  end
  local.get $0
  call $assembly/pk/p521-field/settle
 )
 (func $assembly/pk/p384/double
  i32.const 69888
  i32.const 69824
  call $assembly/pk/p384-mul/feSqr
  i32.const 69952
  i32.const 69760
  call $assembly/pk/p384-mul/feSqr
  i32.const 70016
  i32.const 69696
  i32.const 69952
  call $assembly/pk/p384-mul/feMul
  i32.const 70080
  i32.const 69696
  i32.const 69888
  call $assembly/pk/p384-field/feSub
  i32.const 70144
  i32.const 69696
  i32.const 69888
  call $assembly/pk/p384-field/feAdd
  i32.const 70080
  i32.const 70080
  i32.const 70144
  call $assembly/pk/p384-mul/feMul
  i32.const 70080
  i32.const 70080
  i64.const 3
  call $assembly/pk/p384-field/feMulSmall
  i32.const 70144
  i32.const 69760
  i32.const 69824
  call $assembly/pk/p384-field/feAdd
  i32.const 70144
  i32.const 70144
  call $assembly/pk/p384-mul/feSqr
  i32.const 70144
  i32.const 70144
  i32.const 69952
  call $assembly/pk/p384-field/feSub
  i32.const 69824
  i32.const 70144
  i32.const 69888
  call $assembly/pk/p384-field/feSub
  i32.const 69696
  i32.const 70080
  call $assembly/pk/p384-mul/feSqr
  i32.const 70144
  i32.const 70016
  i64.const 8
  call $assembly/pk/p384-field/feMulSmall
  i32.const 69696
  i32.const 69696
  i32.const 70144
  call $assembly/pk/p384-field/feSub
  i32.const 70016
  i32.const 70016
  i64.const 4
  call $assembly/pk/p384-field/feMulSmall
  i32.const 70016
  i32.const 70016
  i32.const 69696
  call $assembly/pk/p384-field/feSub
  i32.const 70016
  i32.const 70016
  i32.const 70080
  call $assembly/pk/p384-mul/feMul
  i32.const 69952
  i32.const 69952
  call $assembly/pk/p384-mul/feSqr
  i32.const 69952
  i32.const 69952
  i64.const 8
  call $assembly/pk/p384-field/feMulSmall
  i32.const 69760
  i32.const 70016
  i32.const 69952
  call $assembly/pk/p384-field/feSub
 )
 (func $assembly/pk/p384-field/feAdd (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  loop $for-loop|0
   local.get $3
   i32.const 14
   i32.lt_u
   if
    local.get $3
    i32.const 3
    i32.shl
    i32.const 68560
    i32.add
    local.get $3
    i32.const 2
    i32.shl
    local.tee $4
    local.get $1
    i32.add
    i64.load32_u
    local.get $2
    local.get $4
    i32.add
    i64.load32_u
    i64.add
    i64.store
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|0
   end
  end
  local.get $0
  call $assembly/pk/p384-field/settle
 )
 (func $assembly/pk/p256/double
  i32.const 56672
  i32.const 56624
  call $assembly/pk/p256-mul/feSqr
  i32.const 56720
  i32.const 56576
  call $assembly/pk/p256-mul/feSqr
  i32.const 56768
  i32.const 56528
  i32.const 56720
  call $assembly/pk/p256-mul/feMul
  i32.const 56816
  i32.const 56528
  i32.const 56672
  call $assembly/pk/p256-field/feSub
  i32.const 56864
  i32.const 56528
  i32.const 56672
  call $assembly/pk/p256-field/feAdd
  i32.const 56816
  i32.const 56816
  i32.const 56864
  call $assembly/pk/p256-mul/feMul
  i32.const 56816
  i32.const 56816
  i64.const 3
  call $assembly/pk/p256-field/feMulSmall
  i32.const 56864
  i32.const 56576
  i32.const 56624
  call $assembly/pk/p256-field/feAdd
  i32.const 56864
  i32.const 56864
  call $assembly/pk/p256-mul/feSqr
  i32.const 56864
  i32.const 56864
  i32.const 56720
  call $assembly/pk/p256-field/feSub
  i32.const 56624
  i32.const 56864
  i32.const 56672
  call $assembly/pk/p256-field/feSub
  i32.const 56528
  i32.const 56816
  call $assembly/pk/p256-mul/feSqr
  i32.const 56864
  i32.const 56768
  i64.const 8
  call $assembly/pk/p256-field/feMulSmall
  i32.const 56528
  i32.const 56528
  i32.const 56864
  call $assembly/pk/p256-field/feSub
  i32.const 56768
  i32.const 56768
  i64.const 4
  call $assembly/pk/p256-field/feMulSmall
  i32.const 56768
  i32.const 56768
  i32.const 56528
  call $assembly/pk/p256-field/feSub
  i32.const 56768
  i32.const 56768
  i32.const 56816
  call $assembly/pk/p256-mul/feMul
  i32.const 56720
  i32.const 56720
  call $assembly/pk/p256-mul/feSqr
  i32.const 56720
  i32.const 56720
  i64.const 8
  call $assembly/pk/p256-field/feMulSmall
  i32.const 56576
  i32.const 56768
  i32.const 56720
  call $assembly/pk/p256-field/feSub
 )
 (func $assembly/pk/p256-mul/scMul (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i64)
  (local $4 i64)
  (local $5 i64)
  (local $6 i64)
  (local $7 i64)
  (local $8 i64)
  (local $9 i64)
  (local $10 i64)
  (local $11 i64)
  (local $12 i64)
  (local $13 i64)
  (local $14 i64)
  (local $15 i64)
  (local $16 i64)
  (local $17 i64)
  (local $18 i64)
  (local $19 i64)
  (local $20 i64)
  (local $21 i64)
  (local $22 i64)
  (local $23 i64)
  (local $24 i64)
  (local $25 i64)
  (local $26 i64)
  (local $27 i64)
  (local $28 i64)
  local.get $1
  i64.load32_u
  local.tee $17
  local.get $2
  i64.load32_u
  local.tee $18
  i64.mul
  local.tee $3
  i64.const 536870911
  i64.and
  i64.const 234929231
  i64.mul
  i64.const 536870911
  i64.and
  local.set $9
  local.get $2
  i64.load32_u offset=4
  local.tee $19
  local.get $17
  i64.mul
  local.get $1
  i64.load32_u offset=4
  local.tee $20
  local.get $18
  i64.mul
  i64.add
  local.get $9
  i64.const 476259665
  i64.mul
  local.get $3
  i64.add
  i64.const 29
  i64.shr_s
  i64.add
  local.get $9
  i64.const 500061719
  i64.mul
  i64.add
  local.tee $4
  i64.const 536870911
  i64.and
  i64.const 234929231
  i64.mul
  i64.const 536870911
  i64.and
  local.set $10
  local.get $2
  i64.load32_u offset=8
  local.tee $21
  local.get $17
  i64.mul
  local.get $19
  local.get $20
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=8
  local.tee $3
  local.get $18
  i64.mul
  i64.add
  local.get $9
  i64.const 99066172
  i64.mul
  i64.add
  local.get $10
  i64.const 476259665
  i64.mul
  local.get $4
  i64.add
  i64.const 29
  i64.shr_s
  i64.add
  local.get $10
  i64.const 500061719
  i64.mul
  i64.add
  local.tee $5
  i64.const 536870911
  i64.and
  i64.const 234929231
  i64.mul
  i64.const 536870911
  i64.and
  local.set $11
  local.get $2
  i64.load32_u offset=12
  local.tee $22
  local.get $17
  i64.mul
  local.get $20
  local.get $21
  i64.mul
  i64.add
  local.get $3
  local.get $19
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=12
  local.tee $4
  local.get $18
  i64.mul
  i64.add
  local.get $9
  i64.const 234183502
  i64.mul
  i64.add
  local.get $10
  i64.const 99066172
  i64.mul
  i64.add
  local.get $11
  i64.const 476259665
  i64.mul
  local.get $5
  i64.add
  i64.const 29
  i64.shr_s
  i64.add
  local.get $11
  i64.const 500061719
  i64.mul
  i64.add
  local.tee $6
  i64.const 536870911
  i64.and
  i64.const 234929231
  i64.mul
  i64.const 536870911
  i64.and
  local.set $12
  local.get $2
  i64.load32_u offset=16
  local.tee $23
  local.get $17
  i64.mul
  local.get $20
  local.get $22
  i64.mul
  i64.add
  local.get $3
  local.get $21
  i64.mul
  i64.add
  local.get $4
  local.get $19
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=16
  local.tee $5
  local.get $18
  i64.mul
  i64.add
  local.get $9
  i64.const 536869838
  i64.mul
  i64.add
  local.get $10
  i64.const 234183502
  i64.mul
  i64.add
  local.get $11
  i64.const 99066172
  i64.mul
  i64.add
  local.get $12
  i64.const 476259665
  i64.mul
  local.get $6
  i64.add
  i64.const 29
  i64.shr_s
  i64.add
  local.get $12
  i64.const 500061719
  i64.mul
  i64.add
  local.tee $7
  i64.const 536870911
  i64.and
  i64.const 234929231
  i64.mul
  i64.const 536870911
  i64.and
  local.set $13
  local.get $2
  i64.load32_u offset=20
  local.tee $24
  local.get $17
  i64.mul
  local.get $20
  local.get $23
  i64.mul
  i64.add
  local.get $3
  local.get $22
  i64.mul
  i64.add
  local.get $4
  local.get $21
  i64.mul
  i64.add
  local.get $5
  local.get $19
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=20
  local.tee $6
  local.get $18
  i64.mul
  i64.add
  local.get $9
  i64.const 536870911
  i64.mul
  i64.add
  local.get $10
  i64.const 536869838
  i64.mul
  i64.add
  local.get $11
  i64.const 234183502
  i64.mul
  i64.add
  local.get $12
  i64.const 99066172
  i64.mul
  i64.add
  local.get $13
  i64.const 476259665
  i64.mul
  local.get $7
  i64.add
  i64.const 29
  i64.shr_s
  i64.add
  local.get $13
  i64.const 500061719
  i64.mul
  i64.add
  local.tee $8
  i64.const 536870911
  i64.and
  i64.const 234929231
  i64.mul
  i64.const 536870911
  i64.and
  local.set $14
  local.get $2
  i64.load32_u offset=24
  local.tee $25
  local.get $17
  i64.mul
  local.get $20
  local.get $24
  i64.mul
  i64.add
  local.get $3
  local.get $23
  i64.mul
  i64.add
  local.get $4
  local.get $22
  i64.mul
  i64.add
  local.get $5
  local.get $21
  i64.mul
  i64.add
  local.get $6
  local.get $19
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=24
  local.tee $7
  local.get $18
  i64.mul
  i64.add
  local.get $9
  i64.const 262143
  i64.mul
  i64.add
  local.get $10
  i64.const 536870911
  i64.mul
  i64.add
  local.get $11
  i64.const 536869838
  i64.mul
  i64.add
  local.get $12
  i64.const 234183502
  i64.mul
  i64.add
  local.get $13
  i64.const 99066172
  i64.mul
  i64.add
  local.get $14
  i64.const 476259665
  i64.mul
  local.get $8
  i64.add
  i64.const 29
  i64.shr_s
  i64.add
  local.get $14
  i64.const 500061719
  i64.mul
  i64.add
  local.tee $16
  i64.const 536870911
  i64.and
  i64.const 234929231
  i64.mul
  i64.const 536870911
  i64.and
  local.set $15
  local.get $2
  i64.load32_u offset=28
  local.tee $26
  local.get $17
  i64.mul
  local.get $20
  local.get $25
  i64.mul
  i64.add
  local.get $3
  local.get $24
  i64.mul
  i64.add
  local.get $4
  local.get $23
  i64.mul
  i64.add
  local.get $5
  local.get $22
  i64.mul
  i64.add
  local.get $6
  local.get $21
  i64.mul
  i64.add
  local.get $7
  local.get $19
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=28
  local.tee $8
  local.get $18
  i64.mul
  i64.add
  local.get $9
  i64.const 534773760
  i64.mul
  i64.add
  local.get $10
  i64.const 262143
  i64.mul
  i64.add
  local.get $11
  i64.const 536870911
  i64.mul
  i64.add
  local.get $12
  i64.const 536869838
  i64.mul
  i64.add
  local.get $13
  i64.const 234183502
  i64.mul
  i64.add
  local.get $14
  i64.const 99066172
  i64.mul
  i64.add
  local.get $15
  i64.const 476259665
  i64.mul
  local.get $16
  i64.add
  i64.const 29
  i64.shr_s
  i64.add
  local.get $15
  i64.const 500061719
  i64.mul
  i64.add
  local.tee $27
  i64.const 536870911
  i64.and
  i64.const 234929231
  i64.mul
  i64.const 536870911
  i64.and
  local.set $16
  local.get $2
  i64.load32_u offset=32
  local.tee $28
  local.get $17
  i64.mul
  local.get $20
  local.get $26
  i64.mul
  i64.add
  local.get $3
  local.get $25
  i64.mul
  i64.add
  local.get $4
  local.get $24
  i64.mul
  i64.add
  local.get $5
  local.get $23
  i64.mul
  i64.add
  local.get $6
  local.get $22
  i64.mul
  i64.add
  local.get $7
  local.get $21
  i64.mul
  i64.add
  local.get $8
  local.get $19
  i64.mul
  i64.add
  local.get $1
  i64.load32_u offset=32
  local.tee $17
  local.get $18
  i64.mul
  i64.add
  local.get $9
  i64.const 16777215
  i64.mul
  i64.add
  local.get $10
  i64.const 534773760
  i64.mul
  i64.add
  local.get $11
  i64.const 262143
  i64.mul
  i64.add
  local.get $12
  i64.const 536870911
  i64.mul
  i64.add
  local.get $13
  i64.const 536869838
  i64.mul
  i64.add
  local.get $14
  i64.const 234183502
  i64.mul
  i64.add
  local.get $15
  i64.const 99066172
  i64.mul
  i64.add
  local.get $16
  i64.const 476259665
  i64.mul
  local.get $27
  i64.add
  i64.const 29
  i64.shr_s
  i64.add
  local.get $16
  i64.const 500061719
  i64.mul
  i64.add
  local.tee $9
  i64.const 536870911
  i64.and
  i64.const 234929231
  i64.mul
  i64.const 536870911
  i64.and
  local.set $18
  local.get $3
  local.get $28
  i64.mul
  local.get $4
  local.get $26
  i64.mul
  i64.add
  local.get $5
  local.get $25
  i64.mul
  i64.add
  local.get $6
  local.get $24
  i64.mul
  i64.add
  local.get $7
  local.get $23
  i64.mul
  i64.add
  local.get $8
  local.get $22
  i64.mul
  i64.add
  local.get $17
  local.get $21
  i64.mul
  i64.add
  local.get $11
  i64.const 16777215
  i64.mul
  i64.add
  local.get $12
  i64.const 534773760
  i64.mul
  i64.add
  local.get $13
  i64.const 262143
  i64.mul
  i64.add
  local.get $14
  i64.const 536870911
  i64.mul
  i64.add
  local.get $15
  i64.const 536869838
  i64.mul
  i64.add
  local.get $16
  i64.const 234183502
  i64.mul
  i64.add
  local.get $18
  i64.const 99066172
  i64.mul
  i64.add
  local.get $20
  local.get $28
  i64.mul
  local.get $3
  local.get $26
  i64.mul
  i64.add
  local.get $4
  local.get $25
  i64.mul
  i64.add
  local.get $5
  local.get $24
  i64.mul
  i64.add
  local.get $6
  local.get $23
  i64.mul
  i64.add
  local.get $7
  local.get $22
  i64.mul
  i64.add
  local.get $8
  local.get $21
  i64.mul
  i64.add
  local.get $17
  local.get $19
  i64.mul
  i64.add
  local.get $10
  i64.const 16777215
  i64.mul
  i64.add
  local.get $11
  i64.const 534773760
  i64.mul
  i64.add
  local.get $12
  i64.const 262143
  i64.mul
  i64.add
  local.get $13
  i64.const 536870911
  i64.mul
  i64.add
  local.get $14
  i64.const 536869838
  i64.mul
  i64.add
  local.get $15
  i64.const 234183502
  i64.mul
  i64.add
  local.get $16
  i64.const 99066172
  i64.mul
  i64.add
  local.get $18
  i64.const 476259665
  i64.mul
  local.get $9
  i64.add
  i64.const 29
  i64.shr_s
  i64.add
  local.get $18
  i64.const 500061719
  i64.mul
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_s
  i64.add
  local.set $9
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32
  local.get $0
  local.get $9
  i64.const 536870911
  i64.and
  i64.store32 offset=4
  local.get $5
  local.get $28
  i64.mul
  local.get $6
  local.get $26
  i64.mul
  i64.add
  local.get $7
  local.get $25
  i64.mul
  i64.add
  local.get $8
  local.get $24
  i64.mul
  i64.add
  local.get $17
  local.get $23
  i64.mul
  i64.add
  local.get $13
  i64.const 16777215
  i64.mul
  i64.add
  local.get $14
  i64.const 534773760
  i64.mul
  i64.add
  local.get $15
  i64.const 262143
  i64.mul
  i64.add
  local.get $16
  i64.const 536870911
  i64.mul
  i64.add
  local.get $18
  i64.const 536869838
  i64.mul
  i64.add
  local.get $4
  local.get $28
  i64.mul
  local.get $5
  local.get $26
  i64.mul
  i64.add
  local.get $6
  local.get $25
  i64.mul
  i64.add
  local.get $7
  local.get $24
  i64.mul
  i64.add
  local.get $8
  local.get $23
  i64.mul
  i64.add
  local.get $17
  local.get $22
  i64.mul
  i64.add
  local.get $12
  i64.const 16777215
  i64.mul
  i64.add
  local.get $13
  i64.const 534773760
  i64.mul
  i64.add
  local.get $14
  i64.const 262143
  i64.mul
  i64.add
  local.get $15
  i64.const 536870911
  i64.mul
  i64.add
  local.get $16
  i64.const 536869838
  i64.mul
  i64.add
  local.get $18
  i64.const 234183502
  i64.mul
  i64.add
  local.get $9
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_s
  i64.add
  local.set $4
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=8
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=12
  local.get $7
  local.get $28
  i64.mul
  local.get $8
  local.get $26
  i64.mul
  i64.add
  local.get $17
  local.get $25
  i64.mul
  i64.add
  local.get $15
  i64.const 16777215
  i64.mul
  i64.add
  local.get $16
  i64.const 534773760
  i64.mul
  i64.add
  local.get $18
  i64.const 262143
  i64.mul
  i64.add
  local.get $6
  local.get $28
  i64.mul
  local.get $7
  local.get $26
  i64.mul
  i64.add
  local.get $8
  local.get $25
  i64.mul
  i64.add
  local.get $17
  local.get $24
  i64.mul
  i64.add
  local.get $14
  i64.const 16777215
  i64.mul
  i64.add
  local.get $15
  i64.const 534773760
  i64.mul
  i64.add
  local.get $16
  i64.const 262143
  i64.mul
  i64.add
  local.get $18
  i64.const 536870911
  i64.mul
  i64.add
  local.get $4
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_s
  i64.add
  local.set $4
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=16
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=20
  local.get $18
  i64.const 16777215
  i64.mul
  local.get $17
  local.get $28
  i64.mul
  i64.add
  local.get $8
  local.get $28
  i64.mul
  local.get $17
  local.get $26
  i64.mul
  i64.add
  local.get $16
  i64.const 16777215
  i64.mul
  i64.add
  local.get $18
  i64.const 534773760
  i64.mul
  i64.add
  local.get $4
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_s
  i64.add
  local.set $4
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=24
  local.get $0
  local.get $4
  i64.const 536870911
  i64.and
  i64.store32 offset=28
  local.get $0
  local.get $4
  i64.const 29
  i64.shr_s
  i64.store32 offset=32
 )
 (func $assembly/pk/p256-field/feAdd (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i64)
  (local $4 i64)
  (local $5 i64)
  (local $6 i64)
  (local $7 i64)
  (local $8 i64)
  (local $9 i64)
  (local $10 i64)
  (local $11 i64)
  local.get $1
  i64.load32_u offset=8
  local.get $2
  i64.load32_u offset=8
  i64.add
  local.set $8
  local.get $1
  i64.load32_u offset=16
  local.get $2
  i64.load32_u offset=16
  i64.add
  local.set $9
  local.get $1
  i64.load32_u offset=20
  local.get $2
  i64.load32_u offset=20
  i64.add
  local.get $1
  i64.load32_u offset=12
  local.get $2
  i64.load32_u offset=12
  i64.add
  local.get $1
  i64.load32_u offset=32
  local.get $2
  i64.load32_u offset=32
  i64.add
  local.tee $4
  i64.const 24
  i64.shr_u
  local.tee $7
  i64.const 9
  i64.shl
  i64.sub
  local.get $1
  i64.load32_u offset=24
  local.get $2
  i64.load32_u offset=24
  i64.add
  local.get $7
  i64.const 18
  i64.shl
  i64.sub
  local.set $5
  local.get $1
  i64.load32_u offset=28
  local.get $2
  i64.load32_u offset=28
  i64.add
  local.get $7
  i64.const 21
  i64.shl
  i64.add
  local.set $6
  local.get $1
  i64.load32_u offset=4
  local.get $2
  i64.load32_u offset=4
  i64.add
  local.get $7
  local.get $1
  i64.load32_u
  local.get $2
  i64.load32_u
  i64.add
  i64.add
  local.tee $11
  i64.const 29
  i64.shr_s
  i64.add
  local.set $7
  local.get $0
  local.get $11
  i64.const 536870911
  i64.and
  i64.store32
  local.get $0
  local.get $7
  i64.const 536870911
  i64.and
  i64.store32 offset=4
  local.get $8
  local.get $7
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $7
  i64.const 29
  i64.shr_s
  i64.add
  local.set $8
  local.get $0
  local.get $7
  i64.const 536870911
  i64.and
  i64.store32 offset=8
  local.get $0
  local.get $8
  i64.const 536870911
  i64.and
  i64.store32 offset=12
  local.get $9
  local.get $8
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_s
  i64.add
  local.set $7
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=16
  local.get $0
  local.get $7
  i64.const 536870911
  i64.and
  i64.store32 offset=20
  local.get $6
  local.get $5
  local.get $7
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $3
  i64.const 29
  i64.shr_s
  i64.add
  local.set $5
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=24
  local.get $0
  local.get $5
  i64.const 536870911
  i64.and
  i64.store32 offset=28
  local.get $0
  local.get $4
  i64.const 16777215
  i64.and
  local.get $5
  i64.const 29
  i64.shr_s
  i64.add
  i64.store32 offset=32
 )
 (func $assembly/pk/f25519/feToBytes (param $0 i32) (param $1 i32)
  (local $2 i32)
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
  (local $19 i32)
  i32.const 3040
  local.get $1
  call $assembly/pk/f25519/feCarry
  i32.const 3040
  i32.load
  local.tee $1
  i32.const 3072
  i32.load
  local.tee $9
  i32.const 3068
  i32.load
  local.tee $8
  i32.const 3064
  i32.load
  local.tee $7
  i32.const 3060
  i32.load
  local.tee $6
  i32.const 3056
  i32.load
  local.tee $5
  i32.const 3052
  i32.load
  local.tee $4
  i32.const 3048
  i32.load
  local.tee $3
  i32.const 3044
  i32.load
  local.tee $2
  local.get $1
  i32.const 3076
  i32.load
  local.tee $10
  i32.const 19
  i32.mul
  i32.const 16777216
  i32.add
  i32.const 25
  i32.shr_s
  i32.add
  i32.const 26
  i32.shr_s
  i32.add
  i32.const 25
  i32.shr_s
  i32.add
  i32.const 26
  i32.shr_s
  i32.add
  i32.const 25
  i32.shr_s
  i32.add
  i32.const 26
  i32.shr_s
  i32.add
  i32.const 25
  i32.shr_s
  i32.add
  i32.const 26
  i32.shr_s
  i32.add
  i32.const 25
  i32.shr_s
  i32.add
  i32.const 26
  i32.shr_s
  local.get $10
  i32.add
  i32.const 25
  i32.shr_s
  i32.const 19
  i32.mul
  i32.add
  local.tee $1
  i32.const 26
  i32.shr_s
  local.set $11
  local.get $2
  local.get $11
  i32.add
  local.tee $2
  i32.const 25
  i32.shr_s
  local.tee $12
  local.get $3
  i32.add
  local.tee $3
  i32.const 26
  i32.shr_s
  local.tee $13
  local.get $4
  i32.add
  local.tee $4
  i32.const 25
  i32.shr_s
  local.tee $14
  local.get $5
  i32.add
  local.tee $5
  i32.const 26
  i32.shr_s
  local.tee $15
  local.get $6
  i32.add
  local.tee $6
  i32.const 25
  i32.shr_s
  local.tee $16
  local.get $7
  i32.add
  local.tee $7
  i32.const 26
  i32.shr_s
  local.tee $17
  local.get $8
  i32.add
  local.tee $8
  i32.const 25
  i32.shr_s
  local.tee $18
  local.get $9
  i32.add
  local.tee $9
  i32.const 26
  i32.shr_s
  local.tee $19
  local.get $10
  i32.add
  local.set $10
  local.get $0
  local.get $1
  local.get $11
  i32.const 26
  i32.shl
  i32.sub
  local.get $2
  local.get $12
  i32.const 25
  i32.shl
  i32.sub
  local.tee $1
  i32.const 26
  i32.shl
  i32.or
  i32.store
  local.get $0
  local.get $3
  local.get $13
  i32.const 26
  i32.shl
  i32.sub
  local.tee $2
  i32.const 19
  i32.shl
  local.get $1
  i32.const 6
  i32.shr_u
  i32.or
  i32.store offset=4
  local.get $0
  local.get $4
  local.get $14
  i32.const 25
  i32.shl
  i32.sub
  local.tee $1
  i32.const 13
  i32.shl
  local.get $2
  i32.const 13
  i32.shr_u
  i32.or
  i32.store offset=8
  local.get $0
  local.get $5
  local.get $15
  i32.const 26
  i32.shl
  i32.sub
  i32.const 6
  i32.shl
  local.get $1
  i32.const 19
  i32.shr_u
  i32.or
  i32.store offset=12
  local.get $0
  local.get $6
  local.get $16
  i32.const 25
  i32.shl
  i32.sub
  local.get $7
  local.get $17
  i32.const 26
  i32.shl
  i32.sub
  local.tee $1
  i32.const 25
  i32.shl
  i32.or
  i32.store offset=16
  local.get $0
  local.get $8
  local.get $18
  i32.const 25
  i32.shl
  i32.sub
  local.tee $2
  i32.const 19
  i32.shl
  local.get $1
  i32.const 7
  i32.shr_u
  i32.or
  i32.store offset=20
  local.get $0
  local.get $9
  local.get $19
  i32.const 26
  i32.shl
  i32.sub
  local.tee $1
  i32.const 12
  i32.shl
  local.get $2
  i32.const 13
  i32.shr_u
  i32.or
  i32.store offset=24
  local.get $0
  local.get $10
  local.get $10
  i32.const -33554432
  i32.and
  i32.sub
  i32.const 6
  i32.shl
  local.get $1
  i32.const 20
  i32.shr_u
  i32.or
  i32.store offset=28
 )
 (func $assembly/pk/f25519/feCarry (param $0 i32) (param $1 i32)
  (local $2 i64)
  (local $3 i64)
  (local $4 i64)
  (local $5 i64)
  (local $6 i64)
  (local $7 i64)
  (local $8 i64)
  (local $9 i64)
  (local $10 i64)
  (local $11 i64)
  (local $12 i64)
  (local $13 i64)
  (local $14 i64)
  (local $15 i64)
  (local $16 i64)
  (local $17 i64)
  (local $18 i64)
  (local $19 i64)
  (local $20 i64)
  (local $21 i64)
  local.get $1
  i64.load32_s offset=16
  local.tee $13
  i64.const 33554432
  i64.add
  i64.const 26
  i64.shr_s
  local.tee $14
  local.get $1
  i64.load32_s offset=20
  i64.add
  local.tee $3
  i64.const 16777216
  i64.add
  i64.const 25
  i64.shr_s
  local.tee $4
  local.get $1
  i64.load32_s offset=24
  i64.add
  local.tee $5
  i64.const 33554432
  i64.add
  i64.const 26
  i64.shr_s
  local.tee $6
  local.get $1
  i64.load32_s offset=28
  i64.add
  local.set $2
  local.get $1
  i64.load32_s
  local.tee $16
  i64.const 33554432
  i64.add
  i64.const 26
  i64.shr_s
  local.tee $17
  local.get $1
  i64.load32_s offset=4
  i64.add
  local.tee $7
  i64.const 16777216
  i64.add
  i64.const 25
  i64.shr_s
  local.tee $8
  local.get $1
  i64.load32_s offset=8
  i64.add
  local.tee $9
  i64.const 33554432
  i64.add
  i64.const 26
  i64.shr_s
  local.tee $10
  local.get $1
  i64.load32_s offset=12
  i64.add
  local.tee $11
  i64.const 16777216
  i64.add
  i64.const 25
  i64.shr_s
  local.tee $12
  local.get $13
  local.get $14
  i64.const 26
  i64.shl
  i64.sub
  i64.add
  local.tee $14
  i64.const 33554432
  i64.add
  i64.const 26
  i64.shr_s
  local.set $15
  local.get $16
  local.get $17
  i64.const 26
  i64.shl
  i64.sub
  local.get $2
  i64.const 16777216
  i64.add
  i64.const 25
  i64.shr_s
  local.tee $18
  local.get $1
  i64.load32_s offset=32
  i64.add
  local.tee $19
  i64.const 33554432
  i64.add
  i64.const 26
  i64.shr_s
  local.tee $20
  local.get $1
  i64.load32_s offset=36
  i64.add
  local.tee $21
  i64.const 16777216
  i64.add
  i64.const 25
  i64.shr_s
  local.tee $13
  i64.const 19
  i64.mul
  i64.add
  local.tee $16
  i64.const 33554432
  i64.add
  i64.const 26
  i64.shr_s
  local.set $17
  local.get $0
  local.get $16
  local.get $17
  i64.const 26
  i64.shl
  i64.sub
  i64.store32
  local.get $0
  local.get $7
  local.get $8
  i64.const 25
  i64.shl
  i64.sub
  local.get $17
  i64.add
  i64.store32 offset=4
  local.get $0
  local.get $9
  local.get $10
  i64.const 26
  i64.shl
  i64.sub
  i64.store32 offset=8
  local.get $0
  local.get $11
  local.get $12
  i64.const 25
  i64.shl
  i64.sub
  i64.store32 offset=12
  local.get $0
  local.get $14
  local.get $15
  i64.const 26
  i64.shl
  i64.sub
  i64.store32 offset=16
  local.get $0
  local.get $3
  local.get $4
  i64.const 25
  i64.shl
  i64.sub
  local.get $15
  i64.add
  i64.store32 offset=20
  local.get $0
  local.get $5
  local.get $6
  i64.const 26
  i64.shl
  i64.sub
  i64.store32 offset=24
  local.get $0
  local.get $2
  local.get $18
  i64.const 25
  i64.shl
  i64.sub
  i64.store32 offset=28
  local.get $0
  local.get $19
  local.get $20
  i64.const 26
  i64.shl
  i64.sub
  i64.store32 offset=32
  local.get $0
  local.get $21
  local.get $13
  i64.const 25
  i64.shl
  i64.sub
  i64.store32 offset=36
 )
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
    i32.const 1104
    v128.load
    local.get $4
    v128.const i32x4 0x0f0f0f0f 0x0f0f0f0f 0x0f0f0f0f 0x0f0f0f0f
    v128.and
    i8x16.swizzle
    i32.const 1088
    v128.load
    local.get $7
    i8x16.swizzle
    v128.and
    v128.or
    global.set $assembly/base64url/invalid
    local.get $1
    local.get $4
    v128.const i32x4 0xe0e0e0e0 0xe0e0e0e0 0xe0e0e0e0 0xe0e0e0e0
    i32.const 1120
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
   i32.const 1136
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
   i32.const 1104
   v128.load
   local.get $4
   v128.const i32x4 0x0f0f0f0f 0x0f0f0f0f 0x0f0f0f0f 0x0f0f0f0f
   v128.and
   i8x16.swizzle
   i32.const 1088
   v128.load
   local.get $8
   i8x16.swizzle
   v128.and
   v128.or
   global.set $assembly/base64url/invalid
   local.get $1
   local.get $4
   v128.const i32x4 0xe0e0e0e0 0xe0e0e0e0 0xe0e0e0e0 0xe0e0e0e0
   i32.const 1120
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
  (local $18 v128)
  (local $19 i64)
  (local $20 i64)
  (local $21 i64)
  (local $22 i64)
  (local $23 i64)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i64)
  (local $28 i64)
  (local $29 i64)
  (local $30 i64)
  local.get $1
  local.get $2
  i32.const 7
  i32.shl
  i32.add
  local.set $24
  loop $while-continue|0
   local.get $1
   local.get $24
   i32.lt_u
   if
    local.get $1
    v128.load
    local.tee $3
    local.get $3
    i8x16.shuffle 7 6 5 4 3 2 1 0 15 14 13 12 11 10 9 8
    local.set $10
    local.get $1
    v128.load offset=16
    local.tee $3
    local.get $3
    i8x16.shuffle 7 6 5 4 3 2 1 0 15 14 13 12 11 10 9 8
    local.set $8
    local.get $1
    v128.load offset=32
    local.tee $3
    local.get $3
    i8x16.shuffle 7 6 5 4 3 2 1 0 15 14 13 12 11 10 9 8
    local.set $9
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
    local.set $7
    local.get $1
    v128.load offset=80
    local.tee $4
    local.get $4
    i8x16.shuffle 7 6 5 4 3 2 1 0 15 14 13 12 11 10 9 8
    local.set $6
    local.get $1
    v128.load offset=96
    local.tee $4
    local.get $4
    i8x16.shuffle 7 6 5 4 3 2 1 0 15 14 13 12 11 10 9 8
    local.set $5
    local.get $1
    v128.load offset=112
    local.tee $4
    local.get $4
    i8x16.shuffle 7 6 5 4 3 2 1 0 15 14 13 12 11 10 9 8
    local.set $11
    local.get $0
    i64.load
    local.set $27
    local.get $0
    i64.load offset=24
    local.set $19
    local.get $0
    i64.load offset=32
    local.set $28
    local.get $0
    i64.load offset=40
    local.set $30
    local.get $0
    i64.load offset=48
    local.set $20
    local.get $0
    i64.load offset=56
    local.set $29
    local.get $0
    i64.load offset=8
    local.tee $22
    local.get $0
    i64.load offset=16
    local.tee $17
    i64.xor
    local.set $15
    i32.const 1280
    local.set $2
    loop $for-loop|1
     i32.const 0
     local.set $26
     loop $for-loop|2
      local.get $26
      i32.const 2
      i32.lt_s
      if
       local.get $10
       local.get $2
       local.get $26
       i32.const 6
       i32.shl
       i32.add
       local.tee $25
       v128.load
       i64x2.add
       local.tee $18
       i64x2.extract_lane 0
       local.get $29
       i64.add
       local.get $20
       local.get $28
       local.get $20
       local.get $30
       i64.xor
       i64.and
       i64.xor
       i64.add
       local.get $28
       i64.const 14
       i64.rotr
       local.get $28
       i64.const 18
       i64.rotr
       i64.xor
       local.get $28
       i64.const 41
       i64.rotr
       i64.xor
       i64.add
       local.tee $12
       local.get $19
       i64.add
       local.set $21
       local.get $8
       local.get $25
       v128.load offset=16
       i64x2.add
       local.tee $4
       i64x2.extract_lane 0
       local.get $30
       i64.add
       local.get $28
       local.get $18
       i64x2.extract_lane 1
       local.get $20
       i64.add
       local.get $30
       local.get $21
       local.get $28
       local.get $30
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
       local.tee $14
       local.get $17
       i64.add
       local.tee $20
       local.get $21
       local.get $28
       i64.xor
       i64.and
       i64.xor
       i64.add
       local.get $20
       i64.const 14
       i64.rotr
       local.get $20
       i64.const 18
       i64.rotr
       i64.xor
       local.get $20
       i64.const 41
       i64.rotr
       i64.xor
       i64.add
       local.tee $17
       local.get $22
       i64.add
       local.set $16
       local.get $12
       local.get $27
       i64.const 28
       i64.rotr
       local.get $27
       i64.const 34
       i64.rotr
       i64.xor
       local.get $27
       i64.const 39
       i64.rotr
       i64.xor
       local.get $22
       local.get $27
       i64.xor
       local.tee $13
       local.get $15
       i64.and
       local.get $22
       i64.xor
       i64.add
       i64.add
       local.tee $15
       local.get $27
       i64.xor
       local.set $12
       local.get $14
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
       local.get $13
       i64.and
       local.get $27
       i64.xor
       i64.add
       i64.add
       local.tee $14
       local.get $15
       i64.xor
       local.set $23
       local.get $17
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
       local.get $12
       local.get $23
       i64.and
       local.get $15
       i64.xor
       i64.add
       i64.add
       local.tee $19
       local.get $14
       i64.xor
       local.set $22
       local.get $9
       local.get $25
       v128.load offset=32
       i64x2.add
       local.tee $18
       i64x2.extract_lane 0
       local.get $21
       i64.add
       local.get $20
       local.get $4
       i64x2.extract_lane 1
       local.get $28
       i64.add
       local.get $21
       local.get $16
       local.get $20
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
       local.tee $13
       local.get $27
       i64.add
       local.tee $12
       local.get $16
       local.get $20
       i64.xor
       i64.and
       i64.xor
       i64.add
       local.get $12
       i64.const 14
       i64.rotr
       local.get $12
       i64.const 18
       i64.rotr
       i64.xor
       local.get $12
       i64.const 41
       i64.rotr
       i64.xor
       i64.add
       local.tee $21
       local.get $15
       i64.add
       local.set $29
       local.get $3
       local.get $25
       v128.load offset=48
       i64x2.add
       local.tee $4
       i64x2.extract_lane 0
       local.get $16
       i64.add
       local.get $12
       local.get $18
       i64x2.extract_lane 1
       local.get $20
       i64.add
       local.get $16
       local.get $29
       local.get $12
       local.get $16
       i64.xor
       i64.and
       i64.xor
       i64.add
       local.get $29
       i64.const 14
       i64.rotr
       local.get $29
       i64.const 18
       i64.rotr
       i64.xor
       local.get $29
       i64.const 41
       i64.rotr
       i64.xor
       i64.add
       local.tee $17
       local.get $14
       i64.add
       local.tee $20
       local.get $12
       local.get $29
       i64.xor
       i64.and
       i64.xor
       i64.add
       local.get $20
       i64.const 14
       i64.rotr
       local.get $20
       i64.const 18
       i64.rotr
       i64.xor
       local.get $20
       i64.const 41
       i64.rotr
       i64.xor
       i64.add
       local.tee $16
       local.get $19
       i64.add
       local.set $30
       local.get $13
       local.get $19
       i64.const 28
       i64.rotr
       local.get $19
       i64.const 34
       i64.rotr
       i64.xor
       local.get $19
       i64.const 39
       i64.rotr
       i64.xor
       local.get $22
       local.get $23
       i64.and
       local.get $14
       i64.xor
       i64.add
       i64.add
       local.tee $15
       local.get $4
       i64x2.extract_lane 1
       local.get $12
       i64.add
       local.get $29
       local.get $30
       local.get $20
       local.get $29
       i64.xor
       i64.and
       i64.xor
       i64.add
       local.get $30
       i64.const 14
       i64.rotr
       local.get $30
       i64.const 18
       i64.rotr
       i64.xor
       local.get $30
       i64.const 41
       i64.rotr
       i64.xor
       i64.add
       local.tee $14
       i64.add
       local.set $28
       local.get $15
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
       local.get $15
       local.get $19
       i64.xor
       local.tee $12
       local.get $22
       i64.and
       local.get $19
       i64.xor
       i64.add
       i64.add
       local.tee $19
       i64.xor
       local.set $13
       local.get $19
       local.get $17
       local.get $19
       i64.const 28
       i64.rotr
       local.get $19
       i64.const 34
       i64.rotr
       i64.xor
       local.get $19
       i64.const 39
       i64.rotr
       i64.xor
       local.get $12
       local.get $13
       i64.and
       local.get $15
       i64.xor
       i64.add
       i64.add
       local.tee $17
       i64.xor
       local.set $12
       local.get $17
       local.get $16
       local.get $17
       i64.const 28
       i64.rotr
       local.get $17
       i64.const 34
       i64.rotr
       i64.xor
       local.get $17
       i64.const 39
       i64.rotr
       i64.xor
       local.get $12
       local.get $13
       i64.and
       local.get $19
       i64.xor
       i64.add
       i64.add
       local.tee $22
       i64.xor
       local.set $15
       local.get $14
       local.get $22
       i64.const 28
       i64.rotr
       local.get $22
       i64.const 34
       i64.rotr
       i64.xor
       local.get $22
       i64.const 39
       i64.rotr
       i64.xor
       local.get $12
       local.get $15
       i64.and
       local.get $17
       i64.xor
       i64.add
       i64.add
       local.set $27
       local.get $2
       i32.const 1792
       i32.ne
       if (result v128)
        local.get $9
        local.get $5
        local.get $11
        i8x16.shuffle 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23
        i64x2.add
        local.get $9
        local.get $3
        i8x16.shuffle 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23
        local.tee $4
        i32.const 1
        i64x2.shr_u
        local.get $4
        i32.const 63
        i64x2.shl
        v128.or
        local.get $4
        i32.const 8
        i64x2.shr_u
        local.get $4
        i32.const 56
        i64x2.shl
        v128.or
        v128.xor
        local.get $4
        i32.const 7
        i64x2.shr_u
        v128.xor
        local.get $8
        local.get $6
        local.get $5
        i8x16.shuffle 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23
        i64x2.add
        local.get $8
        local.get $9
        i8x16.shuffle 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23
        local.tee $4
        i32.const 1
        i64x2.shr_u
        local.get $4
        i32.const 63
        i64x2.shl
        v128.or
        local.get $4
        i32.const 8
        i64x2.shr_u
        local.get $4
        i32.const 56
        i64x2.shl
        v128.or
        v128.xor
        local.get $4
        i32.const 7
        i64x2.shr_u
        v128.xor
        local.get $10
        local.get $7
        local.get $6
        i8x16.shuffle 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23
        i64x2.add
        local.get $10
        local.get $8
        i8x16.shuffle 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23
        local.tee $4
        i32.const 1
        i64x2.shr_u
        local.get $4
        i32.const 63
        i64x2.shl
        v128.or
        local.get $4
        i32.const 8
        i64x2.shr_u
        local.get $4
        i32.const 56
        i64x2.shl
        v128.or
        v128.xor
        local.get $4
        i32.const 7
        i64x2.shr_u
        v128.xor
        local.get $11
        i32.const 19
        i64x2.shr_u
        local.get $11
        i32.const 45
        i64x2.shl
        v128.or
        local.get $11
        i32.const 61
        i64x2.shr_u
        local.get $11
        i32.const 3
        i64x2.shl
        v128.or
        v128.xor
        local.get $11
        i32.const 6
        i64x2.shr_u
        v128.xor
        i64x2.add
        i64x2.add
        local.tee $10
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
        local.tee $8
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
        local.set $9
        local.get $3
        local.get $11
        local.get $10
        i8x16.shuffle 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23
        i64x2.add
        local.get $3
        local.get $7
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
        local.get $9
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
       else
        local.get $3
       end
       local.get $10
       local.get $7
       local.set $10
       local.set $7
       local.get $8
       local.get $6
       local.set $8
       local.set $6
       local.get $9
       local.get $5
       local.set $9
       local.set $5
       local.get $11
       local.set $3
       local.set $11
       local.get $26
       i32.const 1
       i32.add
       local.set $26
       br $for-loop|2
      end
     end
     local.get $2
     i32.const 1792
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
    local.get $27
    i64.add
    i64.store
    local.get $0
    local.get $0
    i64.load offset=8
    local.get $22
    i64.add
    i64.store offset=8
    local.get $0
    local.get $0
    i64.load offset=16
    local.get $17
    i64.add
    i64.store offset=16
    local.get $0
    local.get $0
    i64.load offset=24
    local.get $19
    i64.add
    i64.store offset=24
    local.get $0
    local.get $0
    i64.load offset=32
    local.get $28
    i64.add
    i64.store offset=32
    local.get $0
    local.get $0
    i64.load offset=40
    local.get $30
    i64.add
    i64.store offset=40
    local.get $0
    local.get $0
    i64.load offset=48
    local.get $20
    i64.add
    i64.store offset=48
    local.get $0
    local.get $0
    i64.load offset=56
    local.get $29
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
 (func $assembly/pk/p521/importPoint (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  block $__inlined_func$assembly/pk/p521-field/lessThanBytes$122
   loop $for-loop|0
    local.get $2
    i32.const 66
    i32.lt_u
    if
     local.get $0
     local.get $2
     i32.add
     i32.load8_u
     local.tee $5
     local.get $2
     i32.const 89784
     i32.add
     i32.load8_u
     local.tee $6
     i32.lt_u
     local.set $3
     local.get $5
     local.get $6
     i32.ne
     br_if $__inlined_func$assembly/pk/p521-field/lessThanBytes$122
     local.get $2
     i32.const 1
     i32.add
     local.set $2
     br $for-loop|0
    end
   end
   i32.const 0
   local.set $3
  end
  local.get $3
  if
   local.get $0
   i32.const 66
   i32.add
   local.set $3
   i32.const 0
   local.set $2
   block $__inlined_func$assembly/pk/p521-field/lessThanBytes$123
    loop $for-loop|00
     local.get $2
     i32.const 66
     i32.lt_u
     if
      local.get $2
      local.get $3
      i32.add
      i32.load8_u
      local.tee $5
      local.get $2
      i32.const 89784
      i32.add
      i32.load8_u
      local.tee $6
      i32.lt_u
      local.set $4
      local.get $5
      local.get $6
      i32.ne
      br_if $__inlined_func$assembly/pk/p521-field/lessThanBytes$123
      local.get $2
      i32.const 1
      i32.add
      local.set $2
      br $for-loop|00
     end
    end
    i32.const 0
    local.set $4
   end
  end
  local.get $4
  i32.eqz
  if
   i32.const 0
   return
  end
  i32.const 114624
  local.get $0
  i32.const 66
  call $assembly/pk/p521-field/fromBytes
  i32.const 114696
  local.get $0
  i32.const 66
  i32.add
  i32.const 66
  call $assembly/pk/p521-field/fromBytes
  i32.const 91888
  i32.const 114696
  call $assembly/pk/p521-mul/feSqr
  i32.const 91968
  i32.const 114624
  call $assembly/pk/p521-mul/feSqr
  i32.const 91968
  i32.const 91968
  i32.const 114624
  call $assembly/pk/p521-mul/feMul
  i32.const 92048
  i32.const 114624
  i64.const 3
  call $assembly/pk/p521-field/feMulSmall
  i32.const 91968
  i32.const 91968
  i32.const 92048
  call $assembly/pk/p521-field/feSub
  i32.const 91968
  i32.const 91968
  i32.const 89712
  call $assembly/pk/p521-field/feAdd
  i32.const 91888
  i32.const 91968
  call $assembly/pk/p521-field/feEqual
  i32.eqz
  if
   i32.const 0
   return
  end
  i32.const 91648
  i32.const 114624
  i32.const 72
  memory.copy
  i32.const 91728
  i32.const 114696
  i32.const 72
  memory.copy
  i32.const 91808
  i32.const 89568
  i32.const 72
  memory.copy
  i32.const 0
  global.set $assembly/pk/p521/infinity
  i32.const 0
  local.set $0
  loop $for-loop|01
   local.get $0
   i32.const 9
   i32.lt_u
   if
    block $for-break0
     call $assembly/pk/p521/double
     local.get $0
     i32.const 432
     i32.mul
     i32.const 93888
     i32.add
     local.tee $2
     i32.const 91648
     i32.const 72
     memory.copy
     local.get $2
     i32.const 72
     i32.add
     i32.const 91728
     i32.const 72
     memory.copy
     local.get $2
     i32.const 144
     i32.add
     i32.const 91808
     i32.const 72
     memory.copy
     local.get $0
     i32.const 8
     i32.eq
     br_if $for-break0
     i32.const 1
     local.set $2
     loop $for-loop|1
      local.get $2
      i32.const 64
      i32.lt_s
      if
       call $assembly/pk/p521/double
       local.get $2
       i32.const 1
       i32.add
       local.set $2
       br $for-loop|1
      end
     end
     local.get $0
     i32.const 432
     i32.mul
     i32.const 94104
     i32.add
     local.tee $2
     i32.const 91648
     i32.const 72
     memory.copy
     local.get $2
     i32.const 72
     i32.add
     i32.const 91728
     i32.const 72
     memory.copy
     local.get $2
     i32.const 144
     i32.add
     i32.const 91808
     i32.const 72
     memory.copy
     local.get $0
     i32.const 1
     i32.add
     local.set $0
     br $for-loop|01
    end
   end
  end
  i32.const 17
  i32.const 114768
  call $assembly/pk/p521/batchToAffine
  i32.const 0
  local.set $0
  loop $for-loop|2
   local.get $0
   i32.const 9
   i32.lt_u
   if
    local.get $0
    i32.const 288
    i32.mul
    i32.const 114624
    i32.add
    local.tee $2
    i32.const 144
    i32.add
    local.set $3
    i32.const 91648
    local.get $2
    i32.const 72
    memory.copy
    i32.const 91728
    local.get $2
    i32.const 72
    i32.add
    i32.const 72
    memory.copy
    i32.const 91808
    i32.const 89568
    i32.const 72
    memory.copy
    i32.const 0
    global.set $assembly/pk/p521/infinity
    i32.const 0
    local.set $2
    loop $for-loop|3
     local.get $2
     i32.const 8
     i32.lt_u
     if
      local.get $2
      if
       local.get $3
       local.get $3
       i32.const 72
       i32.add
       call $assembly/pk/p521/addAffine
      end
      local.get $0
      i32.const 3
      i32.shl
      local.get $2
      i32.add
      i32.const 216
      i32.mul
      i32.const 93888
      i32.add
      local.tee $4
      i32.const 91648
      i32.const 72
      memory.copy
      local.get $4
      i32.const 72
      i32.add
      i32.const 91728
      i32.const 72
      memory.copy
      local.get $4
      i32.const 144
      i32.add
      i32.const 91808
      i32.const 72
      memory.copy
      local.get $2
      i32.const 1
      i32.add
      local.set $2
      br $for-loop|3
     end
    end
    local.get $0
    i32.const 1
    i32.add
    local.set $0
    br $for-loop|2
   end
  end
  i32.const 72
  local.get $1
  call $assembly/pk/p521/batchToAffine
  i32.const 1
 )
 (func $assembly/pk/p521/addAffine (param $0 i32) (param $1 i32)
  global.get $assembly/pk/p521/infinity
  if
   i32.const 91648
   local.get $0
   i32.const 72
   memory.copy
   i32.const 91728
   local.get $1
   i32.const 72
   memory.copy
   i32.const 91808
   i32.const 89568
   i32.const 72
   memory.copy
   i32.const 0
   global.set $assembly/pk/p521/infinity
   return
  end
  i32.const 91888
  i32.const 91808
  call $assembly/pk/p521-mul/feSqr
  i32.const 91968
  i32.const 91888
  i32.const 91808
  call $assembly/pk/p521-mul/feMul
  i32.const 91888
  i32.const 91888
  local.get $0
  call $assembly/pk/p521-mul/feMul
  i32.const 91968
  i32.const 91968
  local.get $1
  call $assembly/pk/p521-mul/feMul
  i32.const 91888
  i32.const 91888
  i32.const 91648
  call $assembly/pk/p521-field/feSub
  i32.const 91968
  i32.const 91968
  i32.const 91728
  call $assembly/pk/p521-field/feSub
  i32.const 91888
  call $assembly/pk/p521-field/feIsZero
  if
   i32.const 91968
   call $assembly/pk/p521-field/feIsZero
   if
    call $assembly/pk/p521/double
   else
    i32.const 1
    global.set $assembly/pk/p521/infinity
   end
   return
  end
  i32.const 91808
  i32.const 91808
  i32.const 91888
  call $assembly/pk/p521-mul/feMul
  i32.const 92048
  i32.const 91888
  call $assembly/pk/p521-mul/feSqr
  i32.const 92128
  i32.const 92048
  i32.const 91888
  call $assembly/pk/p521-mul/feMul
  i32.const 92048
  i32.const 91648
  i32.const 92048
  call $assembly/pk/p521-mul/feMul
  i32.const 91648
  i32.const 91968
  call $assembly/pk/p521-mul/feSqr
  i32.const 91648
  i32.const 91648
  i32.const 92128
  call $assembly/pk/p521-field/feSub
  i32.const 91648
  i32.const 91648
  i32.const 92048
  call $assembly/pk/p521-field/feSub
  i32.const 91648
  i32.const 91648
  i32.const 92048
  call $assembly/pk/p521-field/feSub
  i32.const 92048
  i32.const 92048
  i32.const 91648
  call $assembly/pk/p521-field/feSub
  i32.const 92048
  i32.const 92048
  i32.const 91968
  call $assembly/pk/p521-mul/feMul
  i32.const 92128
  i32.const 91728
  i32.const 92128
  call $assembly/pk/p521-mul/feMul
  i32.const 91728
  i32.const 92048
  i32.const 92128
  call $assembly/pk/p521-field/feSub
 )
 (func $assembly/pk/p521-field/settle (param $0 i32)
  (local $1 i32)
  (local $2 i64)
  (local $3 i32)
  (local $4 i32)
  loop $for-loop|0
   local.get $1
   i32.const 17
   i32.lt_u
   if
    local.get $1
    i32.const 3
    i32.shl
    local.tee $3
    i32.const 90200
    i32.add
    local.tee $4
    local.get $4
    i64.load
    local.get $3
    i32.const 90192
    i32.add
    local.tee $3
    i64.load
    local.tee $2
    i64.const 29
    i64.shr_s
    i64.add
    i64.store
    local.get $3
    local.get $2
    i64.const 536870911
    i64.and
    i64.store
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|0
   end
  end
  i32.const 90328
  i32.const 90328
  i64.load
  local.tee $2
  i64.const 268435455
  i64.and
  i64.store
  i32.const 90192
  i32.const 90192
  i64.load
  local.get $2
  i64.const 28
  i64.shr_s
  i64.add
  i64.store
  i32.const 0
  local.set $1
  loop $for-loop|00
   local.get $1
   i32.const 17
   i32.lt_u
   if
    local.get $1
    i32.const 3
    i32.shl
    local.tee $3
    i32.const 90200
    i32.add
    local.tee $4
    local.get $4
    i64.load
    local.get $3
    i32.const 90192
    i32.add
    local.tee $3
    i64.load
    local.tee $2
    i64.const 29
    i64.shr_s
    i64.add
    i64.store
    local.get $3
    local.get $2
    i64.const 536870911
    i64.and
    i64.store
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|00
   end
  end
  i32.const 0
  local.set $1
  loop $for-loop|05
   local.get $1
   i32.const 18
   i32.lt_u
   if
    local.get $0
    local.get $1
    i32.const 2
    i32.shl
    i32.add
    local.get $1
    i32.const 3
    i32.shl
    i32.const 90192
    i32.add
    i64.load
    i64.store32
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|05
   end
  end
 )
 (func $assembly/pk/p521-field/feIsZero (param $0 i32) (result i32)
  i32.const 90336
  local.get $0
  i32.const 89208
  call $assembly/pk/p521-field/canon
  i32.const 0
  local.set $0
  loop $for-loop|0
   local.get $0
   i32.const 18
   i32.lt_u
   if
    local.get $0
    i32.const 2
    i32.shl
    i32.const 90336
    i32.add
    i32.load
    if
     i32.const 0
     return
    end
    local.get $0
    i32.const 1
    i32.add
    local.set $0
    br $for-loop|0
   end
  end
  i32.const 1
 )
 (func $assembly/pk/p521-field/feEqual (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local $3 i32)
  i32.const 90336
  local.get $0
  i32.const 89208
  call $assembly/pk/p521-field/canon
  i32.const 90416
  local.get $1
  i32.const 89208
  call $assembly/pk/p521-field/canon
  i32.const 17
  local.set $0
  block $__inlined_func$assembly/pk/p521-field/cmp$119
   loop $for-loop|0
    local.get $0
    i32.const 0
    i32.ge_s
    if
     i32.const -1
     i32.const 1
     local.get $0
     i32.const 2
     i32.shl
     local.tee $1
     i32.const 90336
     i32.add
     i32.load
     local.tee $2
     local.get $1
     i32.const 90416
     i32.add
     i32.load
     local.tee $3
     i32.lt_u
     select
     local.set $1
     local.get $2
     local.get $3
     i32.ne
     br_if $__inlined_func$assembly/pk/p521-field/cmp$119
     local.get $0
     i32.const 1
     i32.sub
     local.set $0
     br $for-loop|0
    end
   end
   i32.const 0
   local.set $1
  end
  local.get $1
  i32.eqz
 )
 (func $assembly/pk/p384/importPoint (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i64)
  (local $8 i32)
  block $__inlined_func$assembly/pk/p384-field/lessThanBytes$87
   loop $for-loop|0
    local.get $2
    i32.const 48
    i32.lt_u
    if
     local.get $0
     local.get $2
     i32.add
     i32.load8_u
     local.tee $4
     local.get $2
     i32.const 68268
     i32.add
     i32.load8_u
     local.tee $3
     i32.lt_u
     local.set $5
     local.get $3
     local.get $4
     i32.ne
     br_if $__inlined_func$assembly/pk/p384-field/lessThanBytes$87
     local.get $2
     i32.const 1
     i32.add
     local.set $2
     br $for-loop|0
    end
   end
   i32.const 0
   local.set $5
  end
  local.get $5
  if
   local.get $0
   i32.const 48
   i32.add
   local.set $5
   i32.const 0
   local.set $2
   block $__inlined_func$assembly/pk/p384-field/lessThanBytes$88
    loop $for-loop|00
     local.get $2
     i32.const 48
     i32.lt_u
     if
      local.get $2
      local.get $5
      i32.add
      i32.load8_u
      local.tee $4
      local.get $2
      i32.const 68268
      i32.add
      i32.load8_u
      local.tee $3
      i32.lt_u
      local.set $8
      local.get $3
      local.get $4
      i32.ne
      br_if $__inlined_func$assembly/pk/p384-field/lessThanBytes$88
      local.get $2
      i32.const 1
      i32.add
      local.set $2
      br $for-loop|00
     end
    end
    i32.const 0
    local.set $8
   end
  end
  local.get $8
  i32.eqz
  if
   i32.const 0
   return
  end
  i32.const 0
  local.set $2
  i32.const 47
  local.set $8
  loop $for-loop|01
   local.get $8
   i32.const 0
   i32.ge_s
   if
    local.get $7
    local.get $0
    local.get $8
    i32.add
    i64.load8_u
    local.get $2
    i64.extend_i32_u
    i64.shl
    i64.or
    local.set $7
    local.get $2
    i32.const 8
    i32.add
    local.tee $2
    i32.const 29
    i32.ge_u
    if
     local.get $6
     i32.const 2
     i32.shl
     i32.const 82048
     i32.add
     local.get $7
     i64.const 536870911
     i64.and
     i64.store32
     local.get $6
     i32.const 1
     i32.add
     local.set $6
     local.get $7
     i64.const 29
     i64.shr_u
     local.set $7
     local.get $2
     i32.const 29
     i32.sub
     local.set $2
    end
    local.get $8
    i32.const 1
    i32.sub
    local.set $8
    br $for-loop|01
   end
  end
  i32.const 82100
  local.get $7
  i64.store32
  local.get $0
  i32.const 48
  i32.add
  local.set $3
  i64.const 0
  local.set $7
  i32.const 0
  local.set $0
  i32.const 0
  local.set $8
  i32.const 47
  local.set $2
  loop $for-loop|02
   local.get $2
   i32.const 0
   i32.ge_s
   if
    local.get $7
    local.get $2
    local.get $3
    i32.add
    i64.load8_u
    local.get $0
    i64.extend_i32_u
    i64.shl
    i64.or
    local.set $7
    local.get $0
    i32.const 8
    i32.add
    local.tee $0
    i32.const 29
    i32.ge_u
    if
     local.get $8
     i32.const 2
     i32.shl
     i32.const 82104
     i32.add
     local.get $7
     i64.const 536870911
     i64.and
     i64.store32
     local.get $7
     i64.const 29
     i64.shr_u
     local.set $7
     local.get $8
     i32.const 1
     i32.add
     local.set $8
     local.get $0
     i32.const 29
     i32.sub
     local.set $0
    end
    local.get $2
    i32.const 1
    i32.sub
    local.set $2
    br $for-loop|02
   end
  end
  i32.const 82156
  local.get $7
  i64.store32
  i32.const 82048
  i32.const 82048
  i32.const 67988
  call $assembly/pk/p384-mul/feMul
  i32.const 82104
  i32.const 82104
  i32.const 67988
  call $assembly/pk/p384-mul/feMul
  i32.const 69888
  i32.const 82104
  call $assembly/pk/p384-mul/feSqr
  i32.const 69952
  i32.const 82048
  call $assembly/pk/p384-mul/feSqr
  i32.const 69952
  i32.const 69952
  i32.const 82048
  call $assembly/pk/p384-mul/feMul
  i32.const 70016
  i32.const 82048
  i64.const 3
  call $assembly/pk/p384-field/feMulSmall
  i32.const 69952
  i32.const 69952
  i32.const 70016
  call $assembly/pk/p384-field/feSub
  i32.const 69952
  i32.const 69952
  i32.const 68212
  call $assembly/pk/p384-field/feAdd
  i32.const 69888
  i32.const 69952
  call $assembly/pk/p384-field/feEqual
  i32.eqz
  if
   i32.const 0
   return
  end
  i32.const 69696
  i32.const 82048
  i32.const 56
  memory.copy
  i32.const 69760
  i32.const 82104
  i32.const 56
  memory.copy
  i32.const 69824
  i32.const 68100
  i32.const 56
  memory.copy
  i32.const 0
  global.set $assembly/pk/p384/infinity
  i32.const 0
  local.set $0
  loop $for-loop|03
   local.get $0
   i32.const 6
   i32.lt_u
   if
    block $for-break0
     call $assembly/pk/p384/double
     local.get $0
     i32.const 336
     i32.mul
     i32.const 71296
     i32.add
     local.tee $2
     i32.const 69696
     i32.const 56
     memory.copy
     local.get $2
     i32.const 56
     i32.add
     i32.const 69760
     i32.const 56
     memory.copy
     local.get $2
     i32.const 112
     i32.add
     i32.const 69824
     i32.const 56
     memory.copy
     local.get $0
     i32.const 5
     i32.eq
     br_if $for-break0
     i32.const 1
     local.set $2
     loop $for-loop|1
      local.get $2
      i32.const 64
      i32.lt_s
      if
       call $assembly/pk/p384/double
       local.get $2
       i32.const 1
       i32.add
       local.set $2
       br $for-loop|1
      end
     end
     local.get $0
     i32.const 336
     i32.mul
     i32.const 71464
     i32.add
     local.tee $2
     i32.const 69696
     i32.const 56
     memory.copy
     local.get $2
     i32.const 56
     i32.add
     i32.const 69760
     i32.const 56
     memory.copy
     local.get $2
     i32.const 112
     i32.add
     i32.const 69824
     i32.const 56
     memory.copy
     local.get $0
     i32.const 1
     i32.add
     local.set $0
     br $for-loop|03
    end
   end
  end
  i32.const 11
  i32.const 82160
  call $assembly/pk/p384/batchToAffine
  i32.const 0
  local.set $0
  loop $for-loop|2
   local.get $0
   i32.const 6
   i32.lt_u
   if
    local.get $0
    i32.const 224
    i32.mul
    i32.const 82048
    i32.add
    local.tee $2
    i32.const 112
    i32.add
    local.set $4
    i32.const 69696
    local.get $2
    i32.const 56
    memory.copy
    i32.const 69760
    local.get $2
    i32.const 56
    i32.add
    i32.const 56
    memory.copy
    i32.const 69824
    i32.const 68100
    i32.const 56
    memory.copy
    i32.const 0
    global.set $assembly/pk/p384/infinity
    i32.const 0
    local.set $2
    loop $for-loop|3
     local.get $2
     i32.const 8
     i32.lt_u
     if
      local.get $2
      if
       local.get $4
       local.get $4
       i32.const 56
       i32.add
       call $assembly/pk/p384/addAffine
      end
      local.get $0
      i32.const 3
      i32.shl
      local.get $2
      i32.add
      i32.const 168
      i32.mul
      i32.const 71296
      i32.add
      local.tee $3
      i32.const 69696
      i32.const 56
      memory.copy
      local.get $3
      i32.const 56
      i32.add
      i32.const 69760
      i32.const 56
      memory.copy
      local.get $3
      i32.const 112
      i32.add
      i32.const 69824
      i32.const 56
      memory.copy
      local.get $2
      i32.const 1
      i32.add
      local.set $2
      br $for-loop|3
     end
    end
    local.get $0
    i32.const 1
    i32.add
    local.set $0
    br $for-loop|2
   end
  end
  i32.const 48
  local.get $1
  call $assembly/pk/p384/batchToAffine
  i32.const 1
 )
 (func $assembly/pk/p384/addAffine (param $0 i32) (param $1 i32)
  global.get $assembly/pk/p384/infinity
  if
   i32.const 69696
   local.get $0
   i32.const 56
   memory.copy
   i32.const 69760
   local.get $1
   i32.const 56
   memory.copy
   i32.const 69824
   i32.const 68100
   i32.const 56
   memory.copy
   i32.const 0
   global.set $assembly/pk/p384/infinity
   return
  end
  i32.const 69888
  i32.const 69824
  call $assembly/pk/p384-mul/feSqr
  i32.const 69952
  i32.const 69888
  i32.const 69824
  call $assembly/pk/p384-mul/feMul
  i32.const 69888
  i32.const 69888
  local.get $0
  call $assembly/pk/p384-mul/feMul
  i32.const 69952
  i32.const 69952
  local.get $1
  call $assembly/pk/p384-mul/feMul
  i32.const 69888
  i32.const 69888
  i32.const 69696
  call $assembly/pk/p384-field/feSub
  i32.const 69952
  i32.const 69952
  i32.const 69760
  call $assembly/pk/p384-field/feSub
  i32.const 69888
  call $assembly/pk/p384-field/feIsZero
  if
   i32.const 69952
   call $assembly/pk/p384-field/feIsZero
   if
    call $assembly/pk/p384/double
   else
    i32.const 1
    global.set $assembly/pk/p384/infinity
   end
   return
  end
  i32.const 69824
  i32.const 69824
  i32.const 69888
  call $assembly/pk/p384-mul/feMul
  i32.const 70016
  i32.const 69888
  call $assembly/pk/p384-mul/feSqr
  i32.const 70080
  i32.const 70016
  i32.const 69888
  call $assembly/pk/p384-mul/feMul
  i32.const 70016
  i32.const 69696
  i32.const 70016
  call $assembly/pk/p384-mul/feMul
  i32.const 69696
  i32.const 69952
  call $assembly/pk/p384-mul/feSqr
  i32.const 69696
  i32.const 69696
  i32.const 70080
  call $assembly/pk/p384-field/feSub
  i32.const 69696
  i32.const 69696
  i32.const 70016
  call $assembly/pk/p384-field/feSub
  i32.const 69696
  i32.const 69696
  i32.const 70016
  call $assembly/pk/p384-field/feSub
  i32.const 70016
  i32.const 70016
  i32.const 69696
  call $assembly/pk/p384-field/feSub
  i32.const 70016
  i32.const 70016
  i32.const 69952
  call $assembly/pk/p384-mul/feMul
  i32.const 70080
  i32.const 69760
  i32.const 70080
  call $assembly/pk/p384-mul/feMul
  i32.const 69760
  i32.const 70016
  i32.const 70080
  call $assembly/pk/p384-field/feSub
 )
 (func $assembly/pk/p384-field/settle (param $0 i32)
  (local $1 i32)
  (local $2 i64)
  (local $3 i32)
  (local $4 i32)
  (local $5 i64)
  loop $for-loop|0
   local.get $1
   i32.const 13
   i32.lt_u
   if
    local.get $1
    i32.const 3
    i32.shl
    local.tee $3
    i32.const 68568
    i32.add
    local.tee $4
    local.get $4
    i64.load
    local.get $3
    i32.const 68560
    i32.add
    local.tee $3
    i64.load
    local.tee $2
    i64.const 29
    i64.shr_s
    i64.add
    i64.store
    local.get $3
    local.get $2
    i64.const 536870911
    i64.and
    i64.store
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|0
   end
  end
  i32.const 68664
  i64.load
  local.tee $5
  i64.const 7
  i64.shr_s
  local.set $2
  i32.const 68664
  local.get $5
  i64.const 127
  i64.and
  i64.store
  i32.const 68560
  local.get $2
  i32.const 68560
  i64.load
  i64.add
  i64.store
  i32.const 68568
  i32.const 68568
  i64.load
  local.get $2
  i64.const 3
  i64.shl
  i64.sub
  i64.store
  i32.const 68584
  i32.const 68584
  i64.load
  local.get $2
  i64.const 9
  i64.shl
  i64.add
  i64.store
  i32.const 68592
  i32.const 68592
  i64.load
  local.get $2
  i64.const 12
  i64.shl
  i64.add
  i64.store
  i32.const 0
  local.set $1
  loop $for-loop|00
   local.get $1
   i32.const 13
   i32.lt_u
   if
    local.get $1
    i32.const 3
    i32.shl
    local.tee $3
    i32.const 68568
    i32.add
    local.tee $4
    local.get $4
    i64.load
    local.get $3
    i32.const 68560
    i32.add
    local.tee $3
    i64.load
    local.tee $2
    i64.const 29
    i64.shr_s
    i64.add
    i64.store
    local.get $3
    local.get $2
    i64.const 536870911
    i64.and
    i64.store
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|00
   end
  end
  i32.const 0
  local.set $1
  loop $for-loop|05
   local.get $1
   i32.const 14
   i32.lt_u
   if
    local.get $0
    local.get $1
    i32.const 2
    i32.shl
    i32.add
    local.get $1
    i32.const 3
    i32.shl
    i32.const 68560
    i32.add
    i64.load
    i64.store32
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|05
   end
  end
 )
 (func $assembly/pk/p384-field/feIsZero (param $0 i32) (result i32)
  local.get $0
  i32.load
  i32.const 4
  i32.add
  i32.const 536870911
  i32.and
  i32.const 4
  i32.gt_u
  if
   i32.const 0
   return
  end
  i32.const 68672
  local.get $0
  i32.const 67764
  call $assembly/pk/p384-field/canon
  i32.const 0
  local.set $0
  loop $for-loop|0
   local.get $0
   i32.const 14
   i32.lt_u
   if
    local.get $0
    i32.const 2
    i32.shl
    i32.const 68672
    i32.add
    i32.load
    if
     i32.const 0
     return
    end
    local.get $0
    i32.const 1
    i32.add
    local.set $0
    br $for-loop|0
   end
  end
  i32.const 1
 )
 (func $assembly/pk/p384-field/feEqual (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local $3 i32)
  i32.const 68672
  local.get $0
  i32.const 67764
  call $assembly/pk/p384-field/canon
  i32.const 68736
  local.get $1
  i32.const 67764
  call $assembly/pk/p384-field/canon
  i32.const 13
  local.set $0
  block $__inlined_func$assembly/pk/p384-field/cmp$84
   loop $for-loop|0
    local.get $0
    i32.const 0
    i32.ge_s
    if
     i32.const -1
     i32.const 1
     local.get $0
     i32.const 2
     i32.shl
     local.tee $1
     i32.const 68672
     i32.add
     i32.load
     local.tee $2
     local.get $1
     i32.const 68736
     i32.add
     i32.load
     local.tee $3
     i32.lt_u
     select
     local.set $1
     local.get $2
     local.get $3
     i32.ne
     br_if $__inlined_func$assembly/pk/p384-field/cmp$84
     local.get $0
     i32.const 1
     i32.sub
     local.set $0
     br $for-loop|0
    end
   end
   i32.const 0
   local.set $1
  end
  local.get $1
  i32.eqz
 )
 (func $assembly/pk/p256/wnaf (param $0 i32) (param $1 i64) (param $2 i32) (result i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  local.get $0
  i32.const 0
  i32.const 72
  memory.fill
  i32.const 1
  local.get $2
  i32.shl
  local.set $4
  i32.const 1
  local.get $2
  i32.const 1
  i32.sub
  i32.shl
  local.set $6
  loop $while-continue|0
   local.get $1
   i64.const 0
   i64.ne
   if
    local.get $1
    i64.const 1
    i64.and
    i32.wrap_i64
    if (result i64)
     local.get $6
     local.get $1
     local.get $4
     i32.const 1
     i32.sub
     i64.extend_i32_s
     i64.and
     i32.wrap_i64
     local.tee $2
     i32.le_s
     if
      local.get $2
      local.get $4
      i32.sub
      local.set $2
     end
     local.get $0
     local.get $3
     i32.add
     local.get $2
     i32.store8
     local.get $3
     i32.const 1
     i32.add
     local.set $7
     local.get $2
     i32.const 0
     i32.gt_s
     if (result i64)
      local.get $1
      local.get $2
      i64.extend_i32_s
      i64.sub
     else
      local.get $1
      local.get $1
      i32.const 0
      local.get $2
      i32.sub
      i64.extend_i32_s
      i64.add
      local.tee $1
      i64.gt_u
      local.set $5
      local.get $1
     end
    else
     local.get $1
    end
    i64.const 1
    i64.shr_u
    i64.const -9223372036854775808
    i64.const 0
    local.get $5
    select
    i64.or
    local.set $1
    i32.const 0
    local.set $5
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $while-continue|0
   end
  end
  local.get $7
 )
 (func $assembly/pk/p256/addAffine (param $0 i32) (param $1 i32)
  global.get $assembly/pk/p256/infinity
  if
   i32.const 56528
   local.get $0
   i32.const 36
   memory.copy
   i32.const 56576
   local.get $1
   i32.const 36
   memory.copy
   i32.const 56624
   i32.const 46392
   i32.const 36
   memory.copy
   i32.const 0
   global.set $assembly/pk/p256/infinity
   return
  end
  i32.const 56672
  i32.const 56624
  call $assembly/pk/p256-mul/feSqr
  i32.const 56720
  i32.const 56672
  i32.const 56624
  call $assembly/pk/p256-mul/feMul
  i32.const 56672
  i32.const 56672
  local.get $0
  call $assembly/pk/p256-mul/feMul
  i32.const 56720
  i32.const 56720
  local.get $1
  call $assembly/pk/p256-mul/feMul
  i32.const 56672
  i32.const 56672
  i32.const 56528
  call $assembly/pk/p256-field/feSub
  i32.const 56720
  i32.const 56720
  i32.const 56576
  call $assembly/pk/p256-field/feSub
  i32.const 56672
  call $assembly/pk/p256-field/feIsZero
  if
   i32.const 56720
   call $assembly/pk/p256-field/feIsZero
   if
    call $assembly/pk/p256/double
   else
    i32.const 1
    global.set $assembly/pk/p256/infinity
   end
   return
  end
  i32.const 56624
  i32.const 56624
  i32.const 56672
  call $assembly/pk/p256-mul/feMul
  i32.const 56768
  i32.const 56672
  call $assembly/pk/p256-mul/feSqr
  i32.const 56816
  i32.const 56768
  i32.const 56672
  call $assembly/pk/p256-mul/feMul
  i32.const 56768
  i32.const 56528
  i32.const 56768
  call $assembly/pk/p256-mul/feMul
  i32.const 56528
  i32.const 56720
  call $assembly/pk/p256-mul/feSqr
  i32.const 56528
  i32.const 56528
  i32.const 56816
  call $assembly/pk/p256-field/feSub
  i32.const 56528
  i32.const 56528
  i32.const 56768
  call $assembly/pk/p256-field/feSub
  i32.const 56528
  i32.const 56528
  i32.const 56768
  call $assembly/pk/p256-field/feSub
  i32.const 56768
  i32.const 56768
  i32.const 56528
  call $assembly/pk/p256-field/feSub
  i32.const 56768
  i32.const 56768
  i32.const 56720
  call $assembly/pk/p256-mul/feMul
  i32.const 56816
  i32.const 56576
  i32.const 56816
  call $assembly/pk/p256-mul/feMul
  i32.const 56576
  i32.const 56768
  i32.const 56816
  call $assembly/pk/p256-field/feSub
 )
 (func $assembly/pk/p256-field/feIsZero (param $0 i32) (result i32)
  local.get $0
  i32.load
  i32.const 3
  i32.add
  i32.const 536870911
  i32.and
  i32.const 3
  i32.gt_u
  if
   i32.const 0
   return
  end
  i32.const 55856
  local.get $0
  i32.const 46176
  call $assembly/pk/p256-field/canon
  i32.const 0
  local.set $0
  loop $for-loop|0
   local.get $0
   i32.const 9
   i32.lt_u
   if
    local.get $0
    i32.const 2
    i32.shl
    i32.const 55856
    i32.add
    i32.load
    if
     i32.const 0
     return
    end
    local.get $0
    i32.const 1
    i32.add
    local.set $0
    br $for-loop|0
   end
  end
  i32.const 1
 )
 (func $assembly/pk/p256-field/feEqual (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local $3 i32)
  i32.const 55856
  local.get $0
  i32.const 46176
  call $assembly/pk/p256-field/canon
  i32.const 55904
  local.get $1
  i32.const 46176
  call $assembly/pk/p256-field/canon
  i32.const 8
  local.set $0
  block $__inlined_func$assembly/pk/p256-field/cmp$63
   loop $for-loop|0
    local.get $0
    i32.const 0
    i32.ge_s
    if
     i32.const -1
     i32.const 1
     local.get $0
     i32.const 2
     i32.shl
     local.tee $1
     i32.const 55856
     i32.add
     i32.load
     local.tee $2
     local.get $1
     i32.const 55904
     i32.add
     i32.load
     local.tee $3
     i32.lt_u
     select
     local.set $1
     local.get $2
     local.get $3
     i32.ne
     br_if $__inlined_func$assembly/pk/p256-field/cmp$63
     local.get $0
     i32.const 1
     i32.sub
     local.set $0
     br $for-loop|0
    end
   end
   i32.const 0
   local.set $1
  end
  local.get $1
  i32.eqz
 )
 (func $assembly/pk/montgomery/montMul (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 v128)
  (local $12 i64)
  (local $13 i32)
  (local $14 i32)
  (local $15 i64)
  (local $16 v128)
  (local $17 i32)
  (local $18 i64)
  (local $19 i64)
  (local $20 i64)
  (local $21 i64)
  (local $22 i64)
  (local $23 i64)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  global.get $assembly/pk/montgomery/T
  i32.const 0
  local.get $6
  i32.const 1
  i32.shl
  i32.const 16
  i32.add
  i32.const 3
  i32.shl
  memory.fill
  local.get $2
  i64.load32_u
  local.tee $15
  local.get $1
  i32.load
  local.tee $9
  i64.extend_i32_u
  local.tee $18
  i64.mul
  local.tee $19
  i32.wrap_i64
  local.get $4
  i32.mul
  i32.const 536870911
  i32.and
  local.tee $7
  i64.extend_i32_u
  local.set $20
  local.get $2
  i64.load32_u offset=4
  local.tee $21
  local.get $18
  i64.mul
  local.get $3
  i64.load32_u offset=4
  local.tee $22
  local.get $20
  i64.mul
  i64.add
  local.get $19
  local.get $3
  i64.load32_u
  local.tee $23
  local.get $20
  i64.mul
  i64.add
  i64.const 29
  i64.shr_u
  i64.add
  local.get $1
  i32.load offset=4
  local.tee $13
  i64.extend_i32_u
  local.get $15
  i64.mul
  i64.add
  i32.wrap_i64
  local.get $4
  i32.mul
  i32.const 536870911
  i32.and
  local.set $14
  loop $for-loop|0
   local.get $10
   i32.const 1
   i32.add
   local.get $5
   i32.lt_s
   if
    global.get $assembly/pk/montgomery/T
    local.get $10
    i32.const 3
    i32.shl
    i32.add
    local.tee $17
    local.get $17
    v128.load
    local.get $2
    v128.load
    local.tee $24
    local.get $9
    i32x4.splat
    local.tee $25
    i64x2.extmul_low_i32x4_u
    local.get $3
    v128.load
    local.tee $26
    local.get $7
    i32x4.splat
    local.tee $27
    i64x2.extmul_low_i32x4_u
    i64x2.add
    local.get $2
    i32.const 4
    i32.sub
    v128.load
    local.tee $28
    local.get $13
    i32x4.splat
    local.tee $11
    i64x2.extmul_low_i32x4_u
    local.get $3
    i32.const 4
    i32.sub
    v128.load
    local.tee $29
    local.get $14
    i32x4.splat
    local.tee $16
    i64x2.extmul_low_i32x4_u
    i64x2.add
    i64x2.add
    i64x2.add
    v128.store
    local.get $17
    local.get $17
    v128.load offset=16
    local.get $24
    local.get $25
    i64x2.extmul_high_i32x4_u
    local.get $26
    local.get $27
    i64x2.extmul_high_i32x4_u
    i64x2.add
    local.get $28
    local.get $11
    i64x2.extmul_high_i32x4_u
    local.get $29
    local.get $16
    i64x2.extmul_high_i32x4_u
    i64x2.add
    i64x2.add
    i64x2.add
    v128.store offset=16
    local.get $17
    local.get $17
    i64.load offset=16
    local.get $17
    i64.load offset=8
    local.get $17
    i64.load
    i64.const 29
    i64.shr_u
    i64.add
    i64.const 29
    i64.shr_u
    i64.add
    i64.store offset=16
    local.get $17
    local.get $5
    i32.const 3
    i32.shl
    i32.add
    local.set $13
    local.get $17
    i32.const 32
    i32.add
    local.set $7
    local.get $2
    i32.const 12
    i32.add
    local.set $9
    local.get $3
    i32.const 12
    i32.add
    local.set $8
    loop $for-loop|1
     local.get $7
     local.get $13
     i32.le_u
     if
      local.get $7
      local.get $7
      v128.load
      local.get $9
      v128.load offset=4
      local.tee $24
      local.get $25
      i64x2.extmul_low_i32x4_u
      local.get $8
      v128.load offset=4
      local.tee $26
      local.get $27
      i64x2.extmul_low_i32x4_u
      i64x2.add
      local.get $9
      v128.load
      local.tee $28
      local.get $11
      i64x2.extmul_low_i32x4_u
      local.get $8
      v128.load
      local.tee $29
      local.get $16
      i64x2.extmul_low_i32x4_u
      i64x2.add
      i64x2.add
      i64x2.add
      v128.store
      local.get $7
      local.get $7
      v128.load offset=16
      local.get $24
      local.get $25
      i64x2.extmul_high_i32x4_u
      local.get $26
      local.get $27
      i64x2.extmul_high_i32x4_u
      i64x2.add
      local.get $28
      local.get $11
      i64x2.extmul_high_i32x4_u
      local.get $29
      local.get $16
      i64x2.extmul_high_i32x4_u
      i64x2.add
      i64x2.add
      i64x2.add
      v128.store offset=16
      local.get $7
      i32.const 32
      i32.add
      local.set $7
      local.get $9
      i32.const 16
      i32.add
      local.set $9
      local.get $8
      i32.const 16
      i32.add
      local.set $8
      br $for-loop|1
     end
    end
    local.get $17
    i32.const 16
    i32.add
    local.tee $17
    i64.load
    local.get $1
    local.get $10
    i32.const 2
    i32.shl
    i32.add
    local.tee $8
    i32.load offset=8
    local.tee $9
    i64.extend_i32_u
    local.tee $20
    local.get $15
    i64.mul
    i64.add
    local.tee $18
    i32.wrap_i64
    local.get $4
    i32.mul
    i32.const 536870911
    i32.and
    local.tee $7
    i64.extend_i32_u
    local.set $19
    local.get $17
    i64.load offset=8
    local.get $20
    local.get $21
    i64.mul
    i64.add
    local.get $19
    local.get $22
    i64.mul
    i64.add
    local.get $18
    local.get $19
    local.get $23
    i64.mul
    i64.add
    i64.const 29
    i64.shr_u
    i64.add
    local.get $8
    i32.load offset=12
    local.tee $13
    i64.extend_i32_u
    local.get $15
    i64.mul
    i64.add
    i32.wrap_i64
    local.get $4
    i32.mul
    i32.const 536870911
    i32.and
    local.set $14
    local.get $10
    i32.const 2
    i32.add
    local.get $5
    i32.lt_s
    if (result i32)
     local.get $10
     i32.const 28
     i32.rem_s
     i32.const 26
     i32.eq
    else
     i32.const 0
    end
    if
     local.get $17
     i32.const 8
     i32.sub
     i64.const 0
     i64.store
     local.get $6
     i32.const 2
     i32.add
     local.set $8
     loop $for-loop|00
      local.get $8
      i32.const 0
      i32.ge_s
      if
       local.get $17
       local.get $8
       i32.const 3
       i32.shl
       i32.add
       local.tee $30
       local.get $30
       v128.load
       v128.const i32x4 0x1fffffff 0x00000000 0x1fffffff 0x00000000
       v128.and
       local.get $30
       i32.const 8
       i32.sub
       v128.load
       i32.const 29
       i64x2.shr_u
       i64x2.add
       v128.store
       local.get $8
       i32.const 2
       i32.sub
       local.set $8
       br $for-loop|00
      end
     end
    end
    local.get $10
    i32.const 2
    i32.add
    local.set $10
    br $for-loop|0
   end
  end
  local.get $5
  i32.const 1
  i32.and
  if
   global.get $assembly/pk/montgomery/T
   local.get $5
   i32.const 1
   i32.sub
   i32.const 3
   i32.shl
   i32.add
   local.set $4
   local.get $9
   i32x4.splat
   local.set $11
   local.get $7
   i32x4.splat
   local.set $16
   i32.const 0
   local.set $1
   loop $for-loop|2
    local.get $1
    local.get $5
    i32.lt_s
    if
     local.get $4
     local.get $1
     i32.const 3
     i32.shl
     i32.add
     local.tee $7
     local.get $7
     v128.load
     local.get $1
     i32.const 2
     i32.shl
     local.tee $8
     local.get $2
     i32.add
     v128.load
     local.tee $24
     local.get $11
     i64x2.extmul_low_i32x4_u
     local.get $3
     local.get $8
     i32.add
     v128.load
     local.tee $25
     local.get $16
     i64x2.extmul_low_i32x4_u
     i64x2.add
     i64x2.add
     v128.store
     local.get $7
     local.get $7
     v128.load offset=16
     local.get $24
     local.get $11
     i64x2.extmul_high_i32x4_u
     local.get $25
     local.get $16
     i64x2.extmul_high_i32x4_u
     i64x2.add
     i64x2.add
     v128.store offset=16
     local.get $1
     i32.const 4
     i32.add
     local.set $1
     br $for-loop|2
    end
   end
   local.get $4
   local.get $4
   i64.load offset=8
   local.get $4
   i64.load
   i64.const 29
   i64.shr_u
   i64.add
   i64.store offset=8
  end
  i32.const 0
  local.set $1
  loop $for-loop|3
   local.get $1
   local.get $6
   i32.lt_s
   if
    local.get $0
    local.get $1
    i32.const 2
    i32.shl
    i32.add
    global.get $assembly/pk/montgomery/T
    local.get $1
    local.get $5
    i32.add
    i32.const 3
    i32.shl
    i32.add
    i64.load
    local.get $12
    i64.add
    local.tee $12
    i32.wrap_i64
    i32.const 536870911
    i32.and
    i32.store
    local.get $12
    i64.const 29
    i64.shr_u
    local.set $12
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|3
   end
  end
 )
 (func $assembly/pk/f25519/feIsZero (param $0 i32) (result i32)
  i32.const 3008
  local.get $0
  call $assembly/pk/f25519/feToBytes
  i32.const 3032
  i64.load
  i32.const 3024
  i64.load
  i32.const 3008
  i64.load
  i32.const 3016
  i64.load
  i64.or
  i64.or
  i64.or
  i64.eqz
 )
 (func $assembly/pk/f25519/feEqual (param $0 i32) (param $1 i32) (result i32)
  i32.const 2816
  local.get $0
  v128.load
  local.get $1
  v128.load
  i32x4.sub
  v128.store
  i32.const 2832
  local.get $0
  v128.load offset=16
  local.get $1
  v128.load offset=16
  i32x4.sub
  v128.store
  i32.const 2848
  local.get $0
  i32.load offset=32
  local.get $1
  i32.load offset=32
  i32.sub
  i32.store
  i32.const 2852
  local.get $0
  i32.load offset=36
  local.get $1
  i32.load offset=36
  i32.sub
  i32.store
  i32.const 2816
  call $assembly/pk/f25519/feIsZero
 )
 (func $assembly/pk/f25519/chain250 (param $0 i32)
  i32.const 2816
  local.get $0
  call $assembly/pk/f25519/feSq
  i32.const 2864
  i32.const 2816
  i32.const 2
  call $assembly/pk/f25519/feSqN
  i32.const 2864
  local.get $0
  i32.const 2864
  call $assembly/pk/f25519/feMul
  i32.const 2816
  i32.const 2816
  i32.const 2864
  call $assembly/pk/f25519/feMul
  i32.const 2912
  i32.const 2816
  call $assembly/pk/f25519/feSq
  i32.const 2864
  i32.const 2864
  i32.const 2912
  call $assembly/pk/f25519/feMul
  i32.const 2912
  i32.const 2864
  i32.const 5
  call $assembly/pk/f25519/feSqN
  i32.const 2864
  i32.const 2912
  i32.const 2864
  call $assembly/pk/f25519/feMul
  i32.const 2912
  i32.const 2864
  i32.const 10
  call $assembly/pk/f25519/feSqN
  i32.const 2912
  i32.const 2912
  i32.const 2864
  call $assembly/pk/f25519/feMul
  i32.const 2960
  i32.const 2912
  i32.const 20
  call $assembly/pk/f25519/feSqN
  i32.const 2912
  i32.const 2960
  i32.const 2912
  call $assembly/pk/f25519/feMul
  i32.const 2912
  i32.const 2912
  i32.const 10
  call $assembly/pk/f25519/feSqN
  i32.const 2864
  i32.const 2912
  i32.const 2864
  call $assembly/pk/f25519/feMul
  i32.const 2912
  i32.const 2864
  i32.const 50
  call $assembly/pk/f25519/feSqN
  i32.const 2912
  i32.const 2912
  i32.const 2864
  call $assembly/pk/f25519/feMul
  i32.const 2960
  i32.const 2912
  i32.const 100
  call $assembly/pk/f25519/feSqN
  i32.const 2912
  i32.const 2960
  i32.const 2912
  call $assembly/pk/f25519/feMul
  i32.const 2912
  i32.const 2912
  i32.const 50
  call $assembly/pk/f25519/feSqN
  i32.const 2864
  i32.const 2912
  i32.const 2864
  call $assembly/pk/f25519/feMul
 )
 (func $assembly/pk/edwards25519/toP3
  i32.const 33920
  i32.const 34080
  i32.const 34200
  call $assembly/pk/f25519/feMul
  i32.const 33960
  i32.const 34120
  i32.const 34160
  call $assembly/pk/f25519/feMul
  i32.const 34000
  i32.const 34160
  i32.const 34200
  call $assembly/pk/f25519/feMul
  i32.const 34040
  i32.const 34080
  i32.const 34120
  call $assembly/pk/f25519/feMul
 )
 (func $assembly/pk/edwards25519/madd (param $0 i32) (param $1 i32)
  (local $2 v128)
  i32.const 34080
  i32.const 33960
  v128.load
  i32.const 33920
  v128.load
  i32x4.add
  v128.store
  i32.const 34096
  i32.const 33976
  v128.load
  i32.const 33936
  v128.load
  i32x4.add
  v128.store
  i32.const 34112
  i32.const 33992
  i32.load
  i32.const 33952
  i32.load
  i32.add
  i32.store
  i32.const 34116
  i32.const 33996
  i32.load
  i32.const 33956
  i32.load
  i32.add
  i32.store
  i32.const 34120
  i32.const 33960
  v128.load
  i32.const 33920
  v128.load
  i32x4.sub
  v128.store
  i32.const 34136
  i32.const 33976
  v128.load
  i32.const 33936
  v128.load
  i32x4.sub
  v128.store
  i32.const 34152
  i32.const 33992
  i32.load
  i32.const 33952
  i32.load
  i32.sub
  i32.store
  i32.const 34156
  i32.const 33996
  i32.load
  i32.const 33956
  i32.load
  i32.sub
  i32.store
  i32.const 34160
  i32.const 34080
  local.get $0
  i32.const 40
  i32.const 0
  local.get $1
  select
  i32.add
  call $assembly/pk/f25519/feMul
  i32.const 34120
  i32.const 34120
  local.get $0
  i32.const 0
  i32.const 40
  local.get $1
  select
  i32.add
  call $assembly/pk/f25519/feMul
  i32.const 34200
  local.get $0
  i32.const 80
  i32.add
  i32.const 34040
  call $assembly/pk/f25519/feMul
  i32.const 34240
  i32.const 34000
  v128.load
  local.tee $2
  local.get $2
  i32x4.add
  v128.store
  i32.const 34256
  i32.const 34016
  v128.load
  local.tee $2
  local.get $2
  i32x4.add
  v128.store
  i32.const 34272
  i32.const 34032
  i32.load
  local.tee $0
  local.get $0
  i32.add
  i32.store
  i32.const 34276
  i32.const 34036
  i32.load
  local.tee $0
  local.get $0
  i32.add
  i32.store
  i32.const 34080
  i32.const 34160
  v128.load
  i32.const 34120
  v128.load
  i32x4.sub
  v128.store
  i32.const 34096
  i32.const 34176
  v128.load
  i32.const 34136
  v128.load
  i32x4.sub
  v128.store
  i32.const 34112
  i32.const 34192
  i32.load
  i32.const 34152
  i32.load
  i32.sub
  i32.store
  i32.const 34116
  i32.const 34196
  i32.load
  i32.const 34156
  i32.load
  i32.sub
  i32.store
  i32.const 34120
  i32.const 34160
  v128.load
  i32.const 34120
  v128.load
  i32x4.add
  v128.store
  i32.const 34136
  i32.const 34176
  v128.load
  i32.const 34136
  v128.load
  i32x4.add
  v128.store
  i32.const 34152
  i32.const 34192
  i32.load
  i32.const 34152
  i32.load
  i32.add
  i32.store
  i32.const 34156
  i32.const 34196
  i32.load
  i32.const 34156
  i32.load
  i32.add
  i32.store
  local.get $1
  if
   i32.const 34160
   i32.const 34240
   v128.load
   i32.const 34200
   v128.load
   i32x4.sub
   v128.store
   i32.const 34176
   i32.const 34256
   v128.load
   i32.const 34216
   v128.load
   i32x4.sub
   v128.store
   i32.const 34192
   i32.const 34272
   i32.load
   i32.const 34232
   i32.load
   i32.sub
   i32.store
   i32.const 34196
   i32.const 34276
   i32.load
   i32.const 34236
   i32.load
   i32.sub
   i32.store
   i32.const 34200
   i32.const 34240
   v128.load
   i32.const 34200
   v128.load
   i32x4.add
   v128.store
   i32.const 34216
   i32.const 34256
   v128.load
   i32.const 34216
   v128.load
   i32x4.add
   v128.store
   i32.const 34232
   i32.const 34272
   i32.load
   i32.const 34232
   i32.load
   i32.add
   i32.store
   i32.const 34236
   i32.const 34276
   i32.load
   i32.const 34236
   i32.load
   i32.add
   i32.store
  else
   i32.const 34160
   i32.const 34240
   v128.load
   i32.const 34200
   v128.load
   i32x4.add
   v128.store
   i32.const 34176
   i32.const 34256
   v128.load
   i32.const 34216
   v128.load
   i32x4.add
   v128.store
   i32.const 34192
   i32.const 34272
   i32.load
   i32.const 34232
   i32.load
   i32.add
   i32.store
   i32.const 34196
   i32.const 34276
   i32.load
   i32.const 34236
   i32.load
   i32.add
   i32.store
   i32.const 34200
   i32.const 34240
   v128.load
   i32.const 34200
   v128.load
   i32x4.sub
   v128.store
   i32.const 34216
   i32.const 34256
   v128.load
   i32.const 34216
   v128.load
   i32x4.sub
   v128.store
   i32.const 34232
   i32.const 34272
   i32.load
   i32.const 34232
   i32.load
   i32.sub
   i32.store
   i32.const 34236
   i32.const 34276
   i32.load
   i32.const 34236
   i32.load
   i32.sub
   i32.store
  end
 )
 (func $assembly/pk/edwards25519/dbl
  i32.const 34080
  i32.const 33920
  call $assembly/pk/f25519/feSq
  i32.const 34160
  i32.const 33960
  call $assembly/pk/f25519/feSq
  call $assembly/pk/f25519/feSq2
  i32.const 34120
  i32.const 33920
  v128.load
  i32.const 33960
  v128.load
  i32x4.add
  v128.store
  i32.const 34136
  i32.const 33936
  v128.load
  i32.const 33976
  v128.load
  i32x4.add
  v128.store
  i32.const 34152
  i32.const 33952
  i32.load
  i32.const 33992
  i32.load
  i32.add
  i32.store
  i32.const 34156
  i32.const 33956
  i32.load
  i32.const 33996
  i32.load
  i32.add
  i32.store
  i32.const 34240
  i32.const 34120
  call $assembly/pk/f25519/feSq
  i32.const 34120
  i32.const 34160
  v128.load
  i32.const 34080
  v128.load
  i32x4.add
  v128.store
  i32.const 34136
  i32.const 34176
  v128.load
  i32.const 34096
  v128.load
  i32x4.add
  v128.store
  i32.const 34152
  i32.const 34192
  i32.load
  i32.const 34112
  i32.load
  i32.add
  i32.store
  i32.const 34156
  i32.const 34196
  i32.load
  i32.const 34116
  i32.load
  i32.add
  i32.store
  i32.const 34160
  i32.const 34160
  v128.load
  i32.const 34080
  v128.load
  i32x4.sub
  v128.store
  i32.const 34176
  i32.const 34176
  v128.load
  i32.const 34096
  v128.load
  i32x4.sub
  v128.store
  i32.const 34192
  i32.const 34192
  i32.load
  i32.const 34112
  i32.load
  i32.sub
  i32.store
  i32.const 34196
  i32.const 34196
  i32.load
  i32.const 34116
  i32.load
  i32.sub
  i32.store
  i32.const 34080
  i32.const 34240
  v128.load
  i32.const 34120
  v128.load
  i32x4.sub
  v128.store
  i32.const 34096
  i32.const 34256
  v128.load
  i32.const 34136
  v128.load
  i32x4.sub
  v128.store
  i32.const 34112
  i32.const 34272
  i32.load
  i32.const 34152
  i32.load
  i32.sub
  i32.store
  i32.const 34116
  i32.const 34276
  i32.load
  i32.const 34156
  i32.load
  i32.sub
  i32.store
  i32.const 34200
  i32.const 34200
  v128.load
  i32.const 34160
  v128.load
  i32x4.sub
  v128.store
  i32.const 34216
  i32.const 34216
  v128.load
  i32.const 34176
  v128.load
  i32x4.sub
  v128.store
  i32.const 34232
  i32.const 34232
  i32.load
  i32.const 34192
  i32.load
  i32.sub
  i32.store
  i32.const 34236
  i32.const 34236
  i32.load
  i32.const 34196
  i32.load
  i32.sub
  i32.store
 )
 (func $assembly/md/finish (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32)
  (local $7 i32)
  (local $8 i64)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  local.get $3
  i32.const 128
  i32.const 64
  local.get $0
  select
  local.tee $7
  i32.const 1
  i32.sub
  i32.const -1
  i32.xor
  i32.and
  local.tee $12
  if
   local.get $12
   local.get $7
   i32.div_u
   local.set $13
   local.get $0
   if
    local.get $1
    local.get $2
    local.get $13
    call $assembly/sha512/sha512Blocks
   else
    local.get $1
    local.get $2
    local.get $13
    call $assembly/sha256/sha256Blocks
   end
  end
  local.get $2
  local.get $12
  i32.add
  local.set $13
  i32.const 2
  i32.const 1
  local.get $3
  local.get $12
  i32.sub
  local.tee $12
  i32.const 1
  i32.add
  local.get $7
  i32.const 3
  i32.shr_u
  i32.add
  local.get $7
  i32.gt_u
  select
  local.tee $14
  local.get $7
  i32.mul
  local.set $2
  local.get $12
  i8x16.splat
  local.set $11
  i32.const 2464
  v128.load
  local.set $10
  loop $for-loop|0
   local.get $7
   local.get $9
   i32.gt_u
   if
    local.get $9
    i32.const 2208
    i32.add
    local.get $9
    local.get $13
    i32.add
    v128.load
    local.get $10
    local.get $11
    i8x16.lt_s
    v128.and
    v128.store
    local.get $10
    v128.const i32x4 0x10101010 0x10101010 0x10101010 0x10101010
    i8x16.add
    local.set $10
    local.get $9
    i32.const 16
    i32.add
    local.set $9
    br $for-loop|0
   end
  end
  loop $for-loop|1
   local.get $2
   local.get $7
   i32.gt_u
   if
    local.get $7
    i32.const 2208
    i32.add
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    v128.store
    local.get $7
    i32.const 16
    i32.add
    local.set $7
    br $for-loop|1
   end
  end
  local.get $12
  i32.const 2208
  i32.add
  i32.const 128
  i32.store8
  local.get $2
  i32.const 2200
  i32.add
  local.get $3
  local.get $4
  i32.add
  i64.extend_i32_u
  i64.const 3
  i64.shl
  local.tee $8
  i64.const 8
  i64.shr_u
  i64.const 71777214294589695
  i64.and
  local.get $8
  i64.const 71777214294589695
  i64.and
  i64.const 8
  i64.shl
  i64.or
  local.tee $8
  i64.const 16
  i64.shr_u
  i64.const 281470681808895
  i64.and
  local.get $8
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
   local.get $1
   i32.const 2208
   local.get $14
   call $assembly/sha512/sha512Blocks
  else
   local.get $1
   i32.const 2208
   local.get $14
   call $assembly/sha256/sha256Blocks
  end
  local.get $0
  if
   i32.const 0
   local.set $0
   loop $for-loop|3
    local.get $0
    local.get $6
    i32.lt_u
    if
     local.get $0
     local.get $5
     i32.add
     local.get $0
     local.get $1
     i32.add
     i64.load
     local.tee $8
     i64.const 8
     i64.shr_u
     i64.const 71777214294589695
     i64.and
     local.get $8
     i64.const 71777214294589695
     i64.and
     i64.const 8
     i64.shl
     i64.or
     local.tee $8
     i64.const 16
     i64.shr_u
     i64.const 281470681808895
     i64.and
     local.get $8
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
   local.set $2
   loop $for-loop|2
    local.get $2
    local.get $6
    i32.lt_u
    if
     local.get $2
     local.get $5
     i32.add
     local.get $1
     local.get $2
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
     local.get $2
     i32.const 4
     i32.add
     local.set $2
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
     i32.const 128832
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
         i32.const 128832
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
         i32.const 128832
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
       block $__inlined_func$assembly/json/hexValue$174
        local.get $0
        i32.load8_u
        local.tee $4
        i32.const 48
        i32.sub
        local.tee $6
        i32.const 10
        i32.lt_u
        br_if $__inlined_func$assembly/json/hexValue$174
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
        br_if $__inlined_func$assembly/json/hexValue$174
        i32.const -1
        local.set $6
       end
       block $__inlined_func$assembly/json/hexValue$175
        local.get $0
        i32.load8_u offset=1
        local.tee $4
        i32.const 48
        i32.sub
        local.tee $7
        i32.const 10
        i32.lt_u
        br_if $__inlined_func$assembly/json/hexValue$175
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
        br_if $__inlined_func$assembly/json/hexValue$175
        i32.const -1
        local.set $7
       end
       block $__inlined_func$assembly/json/hexValue$176
        local.get $0
        i32.load8_u offset=2
        local.tee $5
        i32.const 48
        i32.sub
        local.tee $4
        i32.const 10
        i32.lt_u
        br_if $__inlined_func$assembly/json/hexValue$176
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
        br_if $__inlined_func$assembly/json/hexValue$176
        i32.const -1
        local.set $4
       end
       block $__inlined_func$assembly/json/hexValue$177
        local.get $0
        i32.load8_u offset=3
        local.tee $9
        i32.const 48
        i32.sub
        local.tee $5
        i32.const 10
        i32.lt_u
        br_if $__inlined_func$assembly/json/hexValue$177
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
        br_if $__inlined_func$assembly/json/hexValue$177
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
    i32.const 1952
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
     i32.const 2144
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
 (func $assembly/pk/token/verifyJws (param $0 i32) (result i32)
  (local $1 i32)
  global.get $assembly/layout/RES
  i32.load offset=156
  local.tee $1
  i32.const 1024
  i32.gt_s
  if
   i32.const 4
   return
  end
  i32.const 0
  i32.const 4
  local.get $0
  global.get $assembly/layout/IN
  global.get $assembly/layout/RES
  i32.load offset=144
  global.get $assembly/layout/OUT
  local.get $1
  call $assembly/pk/algorithms/verifyWith
  select
 )
 (func $assembly/pk/rsa/rsaPublic (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local $3 i64)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i64)
  global.get $assembly/pk/layout/KEY
  i32.load
  i32.const 1
  i32.eq
  if (result i32)
   global.get $assembly/pk/layout/KEY
   i32.load offset=4
  else
   i32.const 0
  end
  local.tee $6
  i32.eqz
  local.get $1
  local.get $6
  i32.ne
  i32.or
  local.get $6
  i32.const 1024
  i32.gt_s
  i32.or
  if
   i32.const 0
   return
  end
  i32.const 0
  local.set $1
  loop $for-loop|0
   local.get $1
   i32.const 8
   i32.add
   local.tee $2
   local.get $6
   i32.le_s
   if
    local.get $3
    local.get $0
    local.get $1
    i32.add
    i64.load
    i64.or
    local.set $3
    local.get $2
    local.set $1
    br $for-loop|0
   end
  end
  loop $for-loop|1
   local.get $1
   local.get $6
   i32.lt_s
   if
    local.get $3
    local.get $0
    local.get $1
    i32.add
    i64.load8_u
    i64.or
    local.set $3
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|1
   end
  end
  local.get $3
  i64.eqz
  if
   i32.const 0
   return
  end
  i32.const 0
  local.set $1
  loop $while-continue|2
   local.get $1
   i32.const 8
   i32.add
   local.get $6
   i32.le_s
   if (result i32)
    local.get $0
    local.get $1
    i32.add
    i64.load
    global.get $assembly/pk/layout/KEY
    i32.const 32
    i32.add
    local.get $1
    i32.add
    i64.load
    i64.eq
   else
    i32.const 0
   end
   if
    local.get $1
    i32.const 8
    i32.add
    local.set $1
    br $while-continue|2
   end
  end
  loop $while-continue|3
   local.get $1
   local.get $6
   i32.lt_s
   if (result i32)
    local.get $0
    local.get $1
    i32.add
    i32.load8_u
    global.get $assembly/pk/layout/KEY
    i32.const 32
    i32.add
    local.get $1
    i32.add
    i32.load8_u
    i32.eq
   else
    i32.const 0
   end
   if
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $while-continue|3
   end
  end
  local.get $1
  local.get $6
  i32.eq
  if (result i32)
   i32.const 1
  else
   local.get $0
   local.get $1
   i32.add
   i32.load8_u
   global.get $assembly/pk/layout/KEY
   i32.const 32
   i32.add
   local.get $1
   i32.add
   i32.load8_u
   i32.gt_u
  end
  if
   i32.const 0
   return
  end
  global.get $assembly/pk/layout/KEY
  i32.load offset=12
  local.set $10
  global.get $assembly/pk/layout/KEY
  i32.load offset=20
  local.set $2
  global.get $assembly/pk/layout/KEY
  i32.load offset=24
  local.set $11
  global.get $assembly/pk/montgomery/S
  local.tee $7
  i32.const 0
  global.get $assembly/pk/layout/KEY
  i32.load offset=16
  local.tee $8
  i32.const 4
  i32.add
  i32.const 2
  i32.shl
  memory.fill
  loop $for-loop|00
   local.get $4
   local.get $8
   i32.lt_s
   if
    local.get $6
    local.get $4
    i32.const 29
    i32.mul
    local.tee $1
    i32.const 3
    i32.shr_s
    local.tee $9
    i32.const 8
    i32.add
    i32.ge_s
    if
     local.get $7
     local.get $4
     i32.const 2
     i32.shl
     i32.add
     local.get $0
     local.get $6
     i32.const 8
     i32.sub
     local.get $9
     i32.sub
     i32.add
     i64.load
     local.tee $3
     i64.const 8
     i64.shr_u
     i64.const 71777214294589695
     i64.and
     local.get $3
     i64.const 71777214294589695
     i64.and
     i64.const 8
     i64.shl
     i64.or
     local.tee $3
     i64.const 16
     i64.shr_u
     i64.const 281470681808895
     i64.and
     local.get $3
     i64.const 281470681808895
     i64.and
     i64.const 16
     i64.shl
     i64.or
     i64.const 32
     i64.rotr
     local.get $1
     i32.const 7
     i32.and
     i64.extend_i32_s
     i64.shr_u
     i32.wrap_i64
     i32.const 536870911
     i32.and
     i32.store
     local.get $4
     i32.const 1
     i32.add
     local.set $4
     br $for-loop|00
    end
   end
  end
  loop $for-loop|11
   local.get $4
   local.get $8
   i32.lt_s
   if
    local.get $4
    i32.const 29
    i32.mul
    local.tee $12
    i32.const 3
    i32.shr_s
    local.tee $9
    local.get $6
    i32.lt_s
    if
     i64.const 0
     local.set $3
     i32.const 0
     local.set $1
     loop $for-loop|2
      local.get $1
      i32.const 8
      i32.lt_s
      local.get $1
      local.get $9
      i32.add
      local.get $6
      i32.lt_s
      i32.and
      if
       local.get $3
       local.get $0
       local.get $6
       i32.const 1
       i32.sub
       local.get $9
       i32.sub
       local.get $1
       i32.sub
       i32.add
       i64.load8_u
       local.get $1
       i32.const 3
       i32.shl
       i64.extend_i32_s
       i64.shl
       i64.or
       local.set $3
       local.get $1
       i32.const 1
       i32.add
       local.set $1
       br $for-loop|2
      end
     end
     local.get $7
     local.get $4
     i32.const 2
     i32.shl
     i32.add
     local.get $3
     local.get $12
     i32.const 7
     i32.and
     i64.extend_i32_s
     i64.shr_u
     i32.wrap_i64
     i32.const 536870911
     i32.and
     i32.store
     local.get $4
     i32.const 1
     i32.add
     local.set $4
     br $for-loop|11
    end
   end
  end
  global.get $assembly/pk/montgomery/X
  i32.const 0
  local.get $8
  i32.const 4
  i32.add
  i32.const 2
  i32.shl
  local.tee $0
  memory.fill
  global.get $assembly/pk/montgomery/ACC
  i32.const 0
  local.get $0
  memory.fill
  global.get $assembly/pk/montgomery/X
  global.get $assembly/pk/montgomery/S
  local.tee $1
  global.get $assembly/pk/layout/KEY
  i32.const 2288
  i32.add
  global.get $assembly/pk/layout/KEY
  i32.const 1072
  i32.add
  local.tee $4
  local.get $2
  local.get $10
  local.get $8
  call $assembly/pk/montgomery/montMul
  global.get $assembly/pk/montgomery/ACC
  global.get $assembly/pk/montgomery/X
  local.get $8
  i32.const 2
  i32.shl
  memory.copy
  i32.const 30
  local.get $11
  i32.clz
  i32.sub
  local.set $0
  loop $for-loop|02
   local.get $0
   i32.const 0
   i32.gt_s
   if
    global.get $assembly/pk/montgomery/ACC
    global.get $assembly/pk/montgomery/ACC
    local.get $4
    local.get $2
    local.get $10
    local.get $8
    call $assembly/pk/montgomery/montSqr
    local.get $11
    local.get $0
    i32.shr_u
    i32.const 1
    i32.and
    if
     global.get $assembly/pk/montgomery/ACC
     global.get $assembly/pk/montgomery/ACC
     global.get $assembly/pk/montgomery/X
     local.get $4
     local.get $2
     local.get $10
     local.get $8
     call $assembly/pk/montgomery/montMul
    end
    local.get $0
    i32.const 1
    i32.sub
    local.set $0
    br $for-loop|02
   end
  end
  global.get $assembly/pk/montgomery/ACC
  global.get $assembly/pk/montgomery/ACC
  local.get $4
  local.get $2
  local.get $10
  local.get $8
  call $assembly/pk/montgomery/montSqr
  global.get $assembly/pk/montgomery/ACC
  global.get $assembly/pk/montgomery/ACC
  local.get $1
  local.get $4
  local.get $2
  local.get $10
  local.get $8
  call $assembly/pk/montgomery/montMul
  global.get $assembly/pk/montgomery/ACC
  local.set $2
  local.get $8
  i32.const 1
  i32.sub
  local.set $1
  block $__inlined_func$assembly/pk/montgomery/geq$11
   loop $for-loop|003
    local.get $1
    i32.const 0
    i32.ge_s
    if
     local.get $2
     local.get $1
     i32.const 2
     i32.shl
     local.tee $0
     i32.add
     i32.load
     local.tee $7
     local.get $0
     local.get $4
     i32.add
     i32.load
     local.tee $9
     i32.gt_u
     local.set $0
     local.get $7
     local.get $9
     i32.ne
     br_if $__inlined_func$assembly/pk/montgomery/geq$11
     local.get $1
     i32.const 1
     i32.sub
     local.set $1
     br $for-loop|003
    end
   end
   i32.const 1
   local.set $0
  end
  local.get $0
  if
   global.get $assembly/pk/montgomery/ACC
   local.set $2
   i32.const 0
   local.set $0
   i32.const 0
   local.set $1
   loop $for-loop|01
    local.get $1
    local.get $8
    i32.lt_s
    if
     local.get $2
     local.get $1
     i32.const 2
     i32.shl
     local.tee $7
     i32.add
     local.tee $9
     i32.load
     local.get $4
     local.get $7
     i32.add
     i32.load
     i32.sub
     local.get $0
     i32.sub
     local.tee $7
     i32.const 0
     i32.lt_s
     local.set $0
     local.get $9
     local.get $7
     i32.const 536870911
     i32.and
     i32.store
     local.get $1
     i32.const 1
     i32.add
     local.set $1
     br $for-loop|01
    end
   end
  end
  global.get $assembly/pk/montgomery/S
  global.get $assembly/pk/montgomery/ACC
  local.get $8
  i32.const 2
  i32.shl
  memory.copy
  global.get $assembly/pk/layout/EM
  local.set $1
  global.get $assembly/pk/montgomery/S
  local.set $2
  i32.const 0
  local.set $0
  local.get $6
  i32.const 3
  i32.shr_s
  local.set $4
  loop $for-loop|04
   local.get $4
   local.get $5
   i32.gt_s
   if
    local.get $5
    i32.const 6
    i32.shl
    local.tee $7
    i32.const 29
    i32.rem_s
    local.set $8
    local.get $2
    local.get $7
    i32.const 29
    i32.div_s
    i32.const 2
    i32.shl
    i32.add
    local.tee $7
    i64.load32_u offset=4
    i64.const 29
    local.get $8
    i64.extend_i32_s
    local.tee $13
    i64.sub
    i64.shl
    local.get $7
    i64.load32_u
    local.get $13
    i64.shr_u
    i64.or
    local.get $7
    i64.load32_u offset=8
    i64.const 58
    local.get $13
    i64.sub
    i64.shl
    i64.or
    local.set $3
    local.get $8
    i32.const 23
    i32.gt_s
    if
     local.get $3
     local.get $7
     i64.load32_u offset=12
     i64.const 87
     local.get $13
     i64.sub
     i64.shl
     i64.or
     local.set $3
    end
    local.get $1
    local.get $6
    i32.const 8
    i32.sub
    local.get $5
    i32.const 3
    i32.shl
    i32.sub
    i32.add
    local.get $3
    i64.const 8
    i64.shr_u
    i64.const 71777214294589695
    i64.and
    local.get $3
    i64.const 71777214294589695
    i64.and
    i64.const 8
    i64.shl
    i64.or
    local.tee $3
    i64.const 16
    i64.shr_u
    i64.const 281470681808895
    i64.and
    local.get $3
    i64.const 281470681808895
    i64.and
    i64.const 16
    i64.shl
    i64.or
    i64.const 32
    i64.rotr
    i64.store
    local.get $5
    i32.const 1
    i32.add
    local.set $5
    br $for-loop|04
   end
  end
  local.get $6
  i32.const 7
  i32.and
  local.tee $5
  if
   local.get $4
   i32.const 6
   i32.shl
   local.tee $4
   i32.const 29
   i32.rem_s
   local.set $6
   local.get $2
   local.get $4
   i32.const 29
   i32.div_s
   i32.const 2
   i32.shl
   i32.add
   local.tee $2
   i64.load32_u offset=4
   i64.const 29
   local.get $6
   i64.extend_i32_s
   local.tee $13
   i64.sub
   i64.shl
   local.get $2
   i64.load32_u
   local.get $13
   i64.shr_u
   i64.or
   local.get $2
   i64.load32_u offset=8
   i64.const 58
   local.get $13
   i64.sub
   i64.shl
   i64.or
   local.set $3
   local.get $6
   i32.const 23
   i32.gt_s
   if
    local.get $3
    local.get $2
    i64.load32_u offset=12
    i64.const 87
    local.get $13
    i64.sub
    i64.shl
    i64.or
    local.set $3
   end
   loop $for-loop|15
    local.get $0
    local.get $5
    i32.lt_s
    if
     local.get $1
     local.get $5
     i32.const 1
     i32.sub
     local.get $0
     i32.sub
     i32.add
     local.get $3
     local.get $0
     i32.const 3
     i32.shl
     i64.extend_i32_s
     i64.shr_u
     i64.store8
     local.get $0
     i32.const 1
     i32.add
     local.set $0
     br $for-loop|15
    end
   end
  end
  i32.const 1
 )
 (func $assembly/pk/p521/batchToAffine (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  i32.const 109440
  i32.const 94032
  i32.const 72
  memory.copy
  i32.const 1
  local.set $2
  loop $for-loop|0
   local.get $0
   local.get $2
   i32.gt_u
   if
    local.get $2
    i32.const 72
    i32.mul
    local.tee $3
    i32.const 109440
    i32.add
    local.get $3
    i32.const 109368
    i32.add
    local.get $2
    i32.const 216
    i32.mul
    i32.const 94032
    i32.add
    call $assembly/pk/p521-mul/feMul
    local.get $2
    i32.const 1
    i32.add
    local.set $2
    br $for-loop|0
   end
  end
  i32.const 92208
  local.get $0
  i32.const 72
  i32.mul
  i32.const 109368
  i32.add
  i32.const 89916
  i32.const 129920
  i32.const 129952
  i32.const 89568
  call $assembly/pk/p521-field/pow
  local.get $0
  i32.const 1
  i32.sub
  local.set $0
  loop $for-loop|1
   local.get $0
   i32.const 0
   i32.ge_s
   if
    local.get $0
    i32.const 216
    i32.mul
    i32.const 93888
    i32.add
    local.set $2
    local.get $0
    i32.const 0
    i32.gt_s
    if
     i32.const 117216
     i32.const 92208
     local.get $0
     i32.const 72
     i32.mul
     i32.const 109368
     i32.add
     call $assembly/pk/p521-mul/feMul
     i32.const 92208
     i32.const 92208
     local.get $2
     i32.const 144
     i32.add
     call $assembly/pk/p521-mul/feMul
    else
     i32.const 117216
     i32.const 92208
     i32.const 72
     memory.copy
    end
    i32.const 91888
    i32.const 117216
    call $assembly/pk/p521-mul/feSqr
    local.get $1
    local.get $0
    i32.const 144
    i32.mul
    i32.add
    local.tee $3
    local.get $2
    i32.const 91888
    call $assembly/pk/p521-mul/feMul
    i32.const 91888
    i32.const 91888
    i32.const 117216
    call $assembly/pk/p521-mul/feMul
    local.get $3
    i32.const 72
    i32.add
    local.get $2
    i32.const 72
    i32.add
    i32.const 91888
    call $assembly/pk/p521-mul/feMul
    local.get $0
    i32.const 1
    i32.sub
    local.set $0
    br $for-loop|1
   end
  end
 )
 (func $assembly/pk/p521-field/pow (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
  (local $6 i32)
  (local $7 i32)
  i32.const 90496
  local.get $5
  i32.const 72
  memory.copy
  i32.const 90568
  local.get $1
  i32.const 72
  memory.copy
  i32.const 2
  local.set $6
  loop $for-loop|0
   local.get $6
   i32.const 16
   i32.lt_u
   if
    local.get $6
    i32.const 72
    i32.mul
    local.tee $7
    i32.const 90496
    i32.add
    local.get $7
    i32.const 90424
    i32.add
    local.get $1
    local.get $4
    i32.load
    call_indirect (type $1)
    local.get $6
    i32.const 1
    i32.add
    local.set $6
    br $for-loop|0
   end
  end
  local.get $0
  local.get $5
  i32.const 72
  memory.copy
  i32.const 0
  local.set $1
  loop $for-loop|1
   local.get $1
   i32.const 132
   i32.lt_u
   if
    local.get $1
    if
     local.get $0
     local.get $0
     local.get $3
     i32.load
     call_indirect (type $0)
     local.get $0
     local.get $0
     local.get $3
     i32.load
     call_indirect (type $0)
     local.get $0
     local.get $0
     local.get $3
     i32.load
     call_indirect (type $0)
     local.get $0
     local.get $0
     local.get $3
     i32.load
     call_indirect (type $0)
    end
    local.get $2
    local.get $1
    i32.const 1
    i32.shr_u
    i32.add
    i32.load8_u
    local.tee $5
    i32.const 15
    i32.and
    local.get $5
    i32.const 4
    i32.shr_u
    local.get $1
    i32.const 1
    i32.and
    select
    local.tee $5
    if
     local.get $0
     local.get $0
     local.get $5
     i32.const 72
     i32.mul
     i32.const 90496
     i32.add
     local.get $4
     i32.load
     call_indirect (type $1)
    end
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|1
   end
  end
 )
 (func $assembly/pk/p384/batchToAffine (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  i32.const 79360
  i32.const 71408
  i32.const 56
  memory.copy
  i32.const 1
  local.set $2
  loop $for-loop|0
   local.get $0
   local.get $2
   i32.gt_u
   if
    local.get $2
    i32.const 56
    i32.mul
    local.tee $3
    i32.const 79360
    i32.add
    local.get $3
    i32.const 79304
    i32.add
    local.get $2
    i32.const 168
    i32.mul
    i32.const 71408
    i32.add
    call $assembly/pk/p384-mul/feMul
    local.get $2
    i32.const 1
    i32.add
    local.set $2
    br $for-loop|0
   end
  end
  i32.const 70144
  local.get $0
  i32.const 56
  i32.mul
  i32.const 79304
  i32.add
  i32.const 68364
  i32.const 129792
  i32.const 129824
  i32.const 68100
  call $assembly/pk/p384-field/pow
  local.get $0
  i32.const 1
  i32.sub
  local.set $0
  loop $for-loop|1
   local.get $0
   i32.const 0
   i32.ge_s
   if
    local.get $0
    i32.const 168
    i32.mul
    i32.const 71296
    i32.add
    local.set $2
    local.get $0
    i32.const 0
    i32.gt_s
    if
     i32.const 83392
     i32.const 70144
     local.get $0
     i32.const 56
     i32.mul
     i32.const 79304
     i32.add
     call $assembly/pk/p384-mul/feMul
     i32.const 70144
     i32.const 70144
     local.get $2
     i32.const 112
     i32.add
     call $assembly/pk/p384-mul/feMul
    else
     i32.const 83392
     i32.const 70144
     i32.const 56
     memory.copy
    end
    i32.const 69888
    i32.const 83392
    call $assembly/pk/p384-mul/feSqr
    local.get $1
    local.get $0
    i32.const 112
    i32.mul
    i32.add
    local.tee $3
    local.get $2
    i32.const 69888
    call $assembly/pk/p384-mul/feMul
    i32.const 69888
    i32.const 69888
    i32.const 83392
    call $assembly/pk/p384-mul/feMul
    local.get $3
    i32.const 56
    i32.add
    local.get $2
    i32.const 56
    i32.add
    i32.const 69888
    call $assembly/pk/p384-mul/feMul
    local.get $0
    i32.const 1
    i32.sub
    local.set $0
    br $for-loop|1
   end
  end
 )
 (func $assembly/pk/p384-field/toWords (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i64)
  (local $4 i32)
  (local $5 i32)
  (local $6 i64)
  (local $7 i32)
  loop $for-loop|0
   local.get $5
   i32.const 14
   i32.lt_u
   if
    local.get $3
    local.get $1
    local.get $5
    i32.const 2
    i32.shl
    i32.add
    i64.load32_u
    local.tee $6
    local.get $2
    i64.extend_i32_u
    i64.shl
    i64.or
    local.set $3
    local.get $2
    i32.const 29
    i32.add
    i32.const 64
    i32.ge_u
    if (result i32)
     local.get $0
     local.get $4
     i32.const 3
     i32.shl
     i32.add
     local.get $3
     i64.store
     local.get $4
     i32.const 1
     i32.add
     local.set $4
     local.get $6
     i32.const 64
     local.get $2
     i32.sub
     local.tee $7
     i64.extend_i32_s
     i64.shr_u
     i64.const 0
     local.get $7
     i32.const 64
     i32.lt_s
     select
     local.set $3
     local.get $2
     i32.const 35
     i32.sub
    else
     local.get $2
     i32.const 29
     i32.add
    end
    local.set $2
    local.get $5
    i32.const 1
    i32.add
    local.set $5
    br $for-loop|0
   end
  end
  local.get $4
  i32.const 6
  i32.lt_u
  if
   local.get $0
   local.get $4
   i32.const 3
   i32.shl
   i32.add
   local.get $3
   i64.store
  end
 )
 (func $assembly/pk/p384-field/pow (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
  (local $6 i32)
  (local $7 i32)
  i32.const 68800
  local.get $5
  i32.const 56
  memory.copy
  i32.const 68856
  local.get $1
  i32.const 56
  memory.copy
  i32.const 2
  local.set $6
  loop $for-loop|0
   local.get $6
   i32.const 16
   i32.lt_u
   if
    local.get $6
    i32.const 56
    i32.mul
    local.tee $7
    i32.const 68800
    i32.add
    local.get $7
    i32.const 68744
    i32.add
    local.get $1
    local.get $4
    i32.load
    call_indirect (type $1)
    local.get $6
    i32.const 1
    i32.add
    local.set $6
    br $for-loop|0
   end
  end
  local.get $0
  local.get $5
  i32.const 56
  memory.copy
  i32.const 0
  local.set $1
  loop $for-loop|1
   local.get $1
   i32.const 96
   i32.lt_u
   if
    local.get $1
    if
     local.get $0
     local.get $0
     local.get $3
     i32.load
     call_indirect (type $0)
     local.get $0
     local.get $0
     local.get $3
     i32.load
     call_indirect (type $0)
     local.get $0
     local.get $0
     local.get $3
     i32.load
     call_indirect (type $0)
     local.get $0
     local.get $0
     local.get $3
     i32.load
     call_indirect (type $0)
    end
    local.get $2
    local.get $1
    i32.const 1
    i32.shr_u
    i32.add
    i32.load8_u
    local.tee $5
    i32.const 15
    i32.and
    local.get $5
    i32.const 4
    i32.shr_u
    local.get $1
    i32.const 1
    i32.and
    select
    local.tee $5
    if
     local.get $0
     local.get $0
     local.get $5
     i32.const 56
     i32.mul
     i32.const 68800
     i32.add
     local.get $4
     i32.load
     call_indirect (type $1)
    end
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|1
   end
  end
 )
 (func $assembly/pk/p256/batchToAffine (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  i32.const 64560
  i32.const 57720
  i32.const 36
  memory.copy
  i32.const 1
  local.set $2
  loop $for-loop|0
   local.get $0
   local.get $2
   i32.gt_u
   if
    local.get $2
    i32.const 36
    i32.mul
    local.tee $3
    i32.const 64560
    i32.add
    local.get $3
    i32.const 64524
    i32.add
    local.get $2
    i32.const 108
    i32.mul
    i32.const 57720
    i32.add
    call $assembly/pk/p256-mul/feMul
    local.get $2
    i32.const 1
    i32.add
    local.set $2
    br $for-loop|0
   end
  end
  i32.const 56864
  local.get $0
  i32.const 36
  i32.mul
  i32.const 64524
  i32.add
  i32.const 46564
  i32.const 130048
  i32.const 130080
  i32.const 46392
  call $assembly/pk/p256-field/pow
  local.get $0
  i32.const 1
  i32.sub
  local.set $0
  loop $for-loop|1
   local.get $0
   i32.const 0
   i32.ge_s
   if
    local.get $0
    i32.const 108
    i32.mul
    i32.const 57648
    i32.add
    local.set $2
    local.get $0
    i32.const 0
    i32.gt_s
    if
     i32.const 67440
     i32.const 56864
     local.get $0
     i32.const 36
     i32.mul
     i32.const 64524
     i32.add
     call $assembly/pk/p256-mul/feMul
     i32.const 56864
     i32.const 56864
     local.get $2
     i32.const 72
     i32.add
     call $assembly/pk/p256-mul/feMul
    else
     i32.const 67440
     i32.const 56864
     i32.const 36
     memory.copy
    end
    i32.const 56672
    i32.const 67440
    call $assembly/pk/p256-mul/feSqr
    local.get $1
    local.get $0
    i32.const 72
    i32.mul
    i32.add
    local.tee $3
    local.get $2
    i32.const 56672
    call $assembly/pk/p256-mul/feMul
    i32.const 56672
    i32.const 56672
    i32.const 67440
    call $assembly/pk/p256-mul/feMul
    local.get $3
    i32.const 36
    i32.add
    local.get $2
    i32.const 36
    i32.add
    i32.const 56672
    call $assembly/pk/p256-mul/feMul
    local.get $0
    i32.const 1
    i32.sub
    local.set $0
    br $for-loop|1
   end
  end
 )
 (func $assembly/pk/p256-field/toWords (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i64)
  (local $4 i32)
  (local $5 i32)
  (local $6 i64)
  (local $7 i32)
  loop $for-loop|0
   local.get $5
   i32.const 9
   i32.lt_u
   if
    local.get $3
    local.get $1
    local.get $5
    i32.const 2
    i32.shl
    i32.add
    i64.load32_u
    local.tee $6
    local.get $2
    i64.extend_i32_u
    i64.shl
    i64.or
    local.set $3
    local.get $2
    i32.const 29
    i32.add
    local.tee $7
    i32.const 64
    i32.ge_u
    if (result i32)
     local.get $0
     local.get $4
     i32.const 3
     i32.shl
     i32.add
     local.get $3
     i64.store
     local.get $4
     i32.const 1
     i32.add
     local.set $4
     local.get $6
     i32.const 64
     local.get $2
     i32.sub
     local.tee $2
     i64.extend_i32_s
     i64.shr_u
     i64.const 0
     local.get $2
     i32.const 64
     i32.lt_s
     select
     local.set $3
     local.get $7
     i32.const -64
     i32.add
    else
     local.get $2
     i32.const 29
     i32.add
    end
    local.set $2
    local.get $5
    i32.const 1
    i32.add
    local.set $5
    br $for-loop|0
   end
  end
  local.get $4
  i32.const 4
  i32.lt_u
  if
   local.get $0
   local.get $4
   i32.const 3
   i32.shl
   i32.add
   local.get $3
   i64.store
  end
 )
 (func $assembly/pk/p256-field/pow (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
  (local $6 i32)
  (local $7 i32)
  i32.const 55952
  local.get $5
  i32.const 36
  memory.copy
  i32.const 55988
  local.get $1
  i32.const 36
  memory.copy
  i32.const 2
  local.set $6
  loop $for-loop|0
   local.get $6
   i32.const 16
   i32.lt_u
   if
    local.get $6
    i32.const 36
    i32.mul
    local.tee $7
    i32.const 55952
    i32.add
    local.get $7
    i32.const 55916
    i32.add
    local.get $1
    local.get $4
    i32.load
    call_indirect (type $1)
    local.get $6
    i32.const 1
    i32.add
    local.set $6
    br $for-loop|0
   end
  end
  local.get $0
  local.get $5
  i32.const 36
  memory.copy
  i32.const 0
  local.set $1
  loop $for-loop|1
   local.get $1
   i32.const 64
   i32.lt_u
   if
    local.get $1
    if
     local.get $0
     local.get $0
     local.get $3
     i32.load
     call_indirect (type $0)
     local.get $0
     local.get $0
     local.get $3
     i32.load
     call_indirect (type $0)
     local.get $0
     local.get $0
     local.get $3
     i32.load
     call_indirect (type $0)
     local.get $0
     local.get $0
     local.get $3
     i32.load
     call_indirect (type $0)
    end
    local.get $2
    local.get $1
    i32.const 1
    i32.shr_u
    i32.add
    i32.load8_u
    local.tee $5
    i32.const 15
    i32.and
    local.get $5
    i32.const 4
    i32.shr_u
    local.get $1
    i32.const 1
    i32.and
    select
    local.tee $5
    if
     local.get $0
     local.get $0
     local.get $5
     i32.const 36
     i32.mul
     i32.const 55952
     i32.add
     local.get $4
     i32.load
     call_indirect (type $1)
    end
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|1
   end
  end
 )
 (func $assembly/pk/montgomery/montSqr (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 v128)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i64)
  (local $14 v128)
  (local $15 i64)
  (local $16 i64)
  (local $17 i64)
  (local $18 i64)
  (local $19 i32)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 i32)
  (local $24 i32)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 i32)
  loop $for-loop|0
   local.get $7
   local.get $5
   i32.const 4
   i32.add
   i32.lt_s
   if
    local.get $7
    i32.const 2
    i32.shl
    local.tee $6
    global.get $assembly/pk/montgomery/D
    i32.add
    local.get $1
    local.get $6
    i32.add
    v128.load
    i32.const 1
    i32x4.shl
    v128.store
    local.get $7
    i32.const 4
    i32.add
    local.set $7
    br $for-loop|0
   end
  end
  global.get $assembly/pk/montgomery/T
  i32.const 0
  local.get $5
  i32.const 1
  i32.shl
  i32.const 16
  i32.add
  i32.const 3
  i32.shl
  memory.fill
  local.get $1
  i32.load offset=4
  local.set $7
  local.get $1
  i32.load
  local.tee $6
  i64.extend_i32_u
  local.tee $15
  local.get $15
  i64.mul
  local.tee $16
  i32.wrap_i64
  local.get $3
  i32.mul
  i32.const 536870911
  i32.and
  local.tee $10
  i64.extend_i32_u
  local.set $17
  global.get $assembly/pk/montgomery/D
  i64.load32_u offset=4
  local.get $15
  i64.mul
  local.get $2
  i64.load32_u offset=4
  local.tee $18
  local.get $17
  i64.mul
  i64.add
  local.get $16
  local.get $17
  local.get $2
  i64.load32_u
  local.tee $16
  i64.mul
  i64.add
  i64.const 29
  i64.shr_u
  i64.add
  i32.wrap_i64
  local.get $3
  i32.mul
  i32.const 536870911
  i32.and
  local.set $8
  loop $for-loop|1
   local.get $12
   i32.const 1
   i32.add
   local.get $4
   i32.lt_s
   if
    global.get $assembly/pk/montgomery/T
    local.get $12
    i32.const 3
    i32.shl
    i32.add
    local.set $19
    local.get $10
    i32x4.splat
    local.set $20
    local.get $8
    i32x4.splat
    local.set $21
    local.get $6
    i32x4.splat
    local.set $14
    local.get $7
    i32x4.splat
    local.set $22
    local.get $12
    i32.const -4
    i32.and
    local.tee $23
    local.get $12
    i32.ne
    local.set $24
    local.get $23
    if
     local.get $19
     local.get $19
     v128.load
     local.get $2
     v128.load
     local.tee $9
     local.get $20
     i64x2.extmul_low_i32x4_u
     local.get $2
     i32.const 4
     i32.sub
     v128.load
     local.tee $25
     local.get $21
     i64x2.extmul_low_i32x4_u
     i64x2.add
     i64x2.add
     v128.store
     local.get $19
     local.get $19
     v128.load offset=16
     local.get $9
     local.get $20
     i64x2.extmul_high_i32x4_u
     local.get $25
     local.get $21
     i64x2.extmul_high_i32x4_u
     i64x2.add
     i64x2.add
     v128.store offset=16
    else
     i32.const 2544
     v128.load
     local.set $25
     global.get $assembly/pk/montgomery/D
     v128.load
     local.set $9
     local.get $24
     if (result v128)
      local.get $9
      local.get $25
      v128.and
      local.get $6
      i32x4.replace_lane 2
      local.set $9
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     else
      local.get $9
      local.get $6
      i32x4.replace_lane 0
      local.set $9
      global.get $assembly/pk/montgomery/D
      i32.const 4
      i32.sub
      v128.load
      local.get $25
      v128.and
      local.get $7
      i32x4.replace_lane 2
     end
     local.set $25
     local.get $19
     local.get $19
     v128.load
     local.get $9
     local.get $14
     i64x2.extmul_low_i32x4_u
     local.get $2
     v128.load
     local.tee $26
     local.get $20
     i64x2.extmul_low_i32x4_u
     i64x2.add
     local.get $25
     local.get $22
     i64x2.extmul_low_i32x4_u
     local.get $2
     i32.const 4
     i32.sub
     v128.load
     local.tee $27
     local.get $21
     i64x2.extmul_low_i32x4_u
     i64x2.add
     i64x2.add
     i64x2.add
     v128.store
     local.get $19
     local.get $19
     v128.load offset=16
     local.get $9
     local.get $14
     i64x2.extmul_high_i32x4_u
     local.get $26
     local.get $20
     i64x2.extmul_high_i32x4_u
     i64x2.add
     local.get $25
     local.get $22
     i64x2.extmul_high_i32x4_u
     local.get $27
     local.get $21
     i64x2.extmul_high_i32x4_u
     i64x2.add
     i64x2.add
     i64x2.add
     v128.store offset=16
    end
    local.get $19
    local.get $19
    i64.load offset=16
    local.get $19
    i64.load offset=8
    local.get $19
    i64.load
    i64.const 29
    i64.shr_u
    i64.add
    i64.const 29
    i64.shr_u
    i64.add
    i64.store offset=16
    local.get $19
    i32.const 32
    i32.add
    local.set $10
    local.get $2
    i32.const 12
    i32.add
    local.set $8
    local.get $19
    local.get $23
    i32.const 3
    i32.shl
    i32.add
    local.set $11
    loop $for-loop|2
     local.get $10
     local.get $11
     i32.lt_u
     if
      local.get $10
      local.get $10
      v128.load
      local.get $8
      v128.load offset=4
      local.tee $9
      local.get $20
      i64x2.extmul_low_i32x4_u
      local.get $8
      v128.load
      local.tee $25
      local.get $21
      i64x2.extmul_low_i32x4_u
      i64x2.add
      i64x2.add
      v128.store
      local.get $10
      local.get $10
      v128.load offset=16
      local.get $9
      local.get $20
      i64x2.extmul_high_i32x4_u
      local.get $25
      local.get $21
      i64x2.extmul_high_i32x4_u
      i64x2.add
      i64x2.add
      v128.store offset=16
      local.get $10
      i32.const 32
      i32.add
      local.set $10
      local.get $8
      i32.const 16
      i32.add
      local.set $8
      br $for-loop|2
     end
    end
    local.get $23
    if
     local.get $19
     local.get $23
     i32.const 3
     i32.shl
     i32.add
     local.set $8
     i32.const 2544
     v128.load
     local.set $25
     local.get $23
     i32.const 2
     i32.shl
     local.tee $10
     global.get $assembly/pk/montgomery/D
     i32.add
     v128.load
     local.set $9
     local.get $24
     if (result v128)
      local.get $9
      local.get $25
      v128.and
      local.get $6
      i32x4.replace_lane 2
      local.set $9
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     else
      local.get $9
      local.get $6
      i32x4.replace_lane 0
      local.set $9
      global.get $assembly/pk/montgomery/D
      local.get $10
      i32.add
      i32.const 4
      i32.sub
      v128.load
      local.get $25
      v128.and
      local.get $7
      i32x4.replace_lane 2
     end
     local.set $25
     local.get $8
     local.get $8
     v128.load
     local.get $9
     local.get $14
     i64x2.extmul_low_i32x4_u
     local.get $2
     local.get $10
     i32.add
     local.tee $6
     v128.load
     local.tee $26
     local.get $20
     i64x2.extmul_low_i32x4_u
     i64x2.add
     local.get $25
     local.get $22
     i64x2.extmul_low_i32x4_u
     local.get $6
     i32.const 4
     i32.sub
     v128.load
     local.tee $27
     local.get $21
     i64x2.extmul_low_i32x4_u
     i64x2.add
     i64x2.add
     i64x2.add
     v128.store
     local.get $8
     local.get $8
     v128.load offset=16
     local.get $9
     local.get $14
     i64x2.extmul_high_i32x4_u
     local.get $26
     local.get $20
     i64x2.extmul_high_i32x4_u
     i64x2.add
     local.get $25
     local.get $22
     i64x2.extmul_high_i32x4_u
     local.get $27
     local.get $21
     i64x2.extmul_high_i32x4_u
     i64x2.add
     i64x2.add
     i64x2.add
     v128.store offset=16
    end
    local.get $19
    local.get $4
    i32.const 3
    i32.shl
    i32.add
    local.set $28
    local.get $24
    local.get $23
    i32.const 4
    i32.add
    local.tee $6
    local.get $4
    i32.le_s
    i32.and
    if
     local.get $19
     local.get $6
     i32.const 3
     i32.shl
     i32.add
     local.tee $8
     local.get $8
     v128.load
     local.get $6
     i32.const 2
     i32.shl
     local.tee $10
     global.get $assembly/pk/montgomery/D
     i32.add
     v128.load
     local.tee $9
     local.get $14
     i64x2.extmul_low_i32x4_u
     local.get $2
     local.get $10
     i32.add
     local.tee $11
     v128.load
     local.tee $25
     local.get $20
     i64x2.extmul_low_i32x4_u
     i64x2.add
     global.get $assembly/pk/montgomery/D
     local.get $10
     i32.add
     i32.const 4
     i32.sub
     v128.load
     local.get $7
     i32x4.replace_lane 0
     local.tee $26
     local.get $22
     i64x2.extmul_low_i32x4_u
     local.get $11
     i32.const 4
     i32.sub
     v128.load
     local.tee $27
     local.get $21
     i64x2.extmul_low_i32x4_u
     i64x2.add
     i64x2.add
     i64x2.add
     v128.store
     local.get $8
     local.get $8
     v128.load offset=16
     local.get $9
     local.get $14
     i64x2.extmul_high_i32x4_u
     local.get $25
     local.get $20
     i64x2.extmul_high_i32x4_u
     i64x2.add
     local.get $26
     local.get $22
     i64x2.extmul_high_i32x4_u
     local.get $27
     local.get $21
     i64x2.extmul_high_i32x4_u
     i64x2.add
     i64x2.add
     i64x2.add
     v128.store offset=16
     local.get $6
     i32.const 4
     i32.add
     local.set $6
    end
    local.get $19
    local.get $6
    i32.const 3
    i32.shl
    i32.add
    local.set $8
    local.get $6
    i32.const 2
    i32.shl
    local.tee $7
    global.get $assembly/pk/montgomery/D
    i32.add
    i32.const 4
    i32.sub
    local.set $6
    local.get $2
    local.get $7
    i32.add
    i32.const 4
    i32.sub
    local.set $7
    loop $for-loop|3
     local.get $8
     local.get $28
     i32.le_u
     if
      local.get $8
      local.get $8
      v128.load
      local.get $6
      v128.load offset=4
      local.tee $9
      local.get $14
      i64x2.extmul_low_i32x4_u
      local.get $7
      v128.load offset=4
      local.tee $25
      local.get $20
      i64x2.extmul_low_i32x4_u
      i64x2.add
      local.get $6
      v128.load
      local.tee $26
      local.get $22
      i64x2.extmul_low_i32x4_u
      local.get $7
      v128.load
      local.tee $27
      local.get $21
      i64x2.extmul_low_i32x4_u
      i64x2.add
      i64x2.add
      i64x2.add
      v128.store
      local.get $8
      local.get $8
      v128.load offset=16
      local.get $9
      local.get $14
      i64x2.extmul_high_i32x4_u
      local.get $25
      local.get $20
      i64x2.extmul_high_i32x4_u
      i64x2.add
      local.get $26
      local.get $22
      i64x2.extmul_high_i32x4_u
      local.get $27
      local.get $21
      i64x2.extmul_high_i32x4_u
      i64x2.add
      i64x2.add
      i64x2.add
      v128.store offset=16
      local.get $8
      i32.const 32
      i32.add
      local.set $8
      local.get $6
      i32.const 16
      i32.add
      local.set $6
      local.get $7
      i32.const 16
      i32.add
      local.set $7
      br $for-loop|3
     end
    end
    local.get $1
    local.get $12
    i32.const 2
    i32.shl
    i32.add
    local.tee $7
    i32.load offset=8
    local.set $6
    local.get $7
    i32.load offset=12
    local.set $7
    local.get $19
    i32.const 16
    i32.add
    local.tee $19
    i64.load
    local.tee $17
    i32.wrap_i64
    local.get $3
    i32.mul
    i32.const 536870911
    i32.and
    local.tee $10
    i64.extend_i32_u
    local.set $15
    local.get $19
    i64.load offset=8
    local.get $15
    local.get $18
    i64.mul
    i64.add
    local.get $17
    local.get $15
    local.get $16
    i64.mul
    i64.add
    i64.const 29
    i64.shr_u
    i64.add
    i32.wrap_i64
    local.get $3
    i32.mul
    i32.const 536870911
    i32.and
    local.set $8
    local.get $12
    i32.const 2
    i32.add
    local.get $4
    i32.lt_s
    if (result i32)
     local.get $12
     i32.const 18
     i32.rem_s
     i32.const 16
     i32.eq
    else
     i32.const 0
    end
    if
     local.get $19
     i32.const 8
     i32.sub
     i64.const 0
     i64.store
     local.get $5
     i32.const 2
     i32.add
     local.set $11
     loop $for-loop|00
      local.get $11
      i32.const 0
      i32.ge_s
      if
       local.get $19
       local.get $11
       i32.const 3
       i32.shl
       i32.add
       local.tee $23
       local.get $23
       v128.load
       v128.const i32x4 0x1fffffff 0x00000000 0x1fffffff 0x00000000
       v128.and
       local.get $23
       i32.const 8
       i32.sub
       v128.load
       i32.const 29
       i64x2.shr_u
       i64x2.add
       v128.store
       local.get $11
       i32.const 2
       i32.sub
       local.set $11
       br $for-loop|00
      end
     end
    end
    local.get $12
    i32.const 2
    i32.add
    local.set $12
    br $for-loop|1
   end
  end
  local.get $4
  i32.const 1
  i32.and
  if
   global.get $assembly/pk/montgomery/T
   local.get $4
   i32.const 1
   i32.sub
   local.tee $1
   i32.const 3
   i32.shl
   i32.add
   local.set $3
   local.get $10
   i32x4.splat
   local.set $9
   local.get $6
   i32x4.splat
   local.set $14
   local.get $1
   i32.const -4
   i32.and
   local.set $8
   i32.const 0
   local.set $7
   loop $for-loop|4
    local.get $7
    local.get $8
    i32.lt_s
    if
     local.get $3
     local.get $7
     i32.const 3
     i32.shl
     i32.add
     local.tee $10
     local.get $10
     v128.load
     local.get $2
     local.get $7
     i32.const 2
     i32.shl
     i32.add
     v128.load
     local.tee $20
     local.get $9
     i64x2.extmul_low_i32x4_u
     i64x2.add
     v128.store
     local.get $10
     local.get $10
     v128.load offset=16
     local.get $20
     local.get $9
     i64x2.extmul_high_i32x4_u
     i64x2.add
     v128.store offset=16
     local.get $7
     i32.const 4
     i32.add
     local.set $7
     br $for-loop|4
    end
   end
   local.get $3
   local.get $8
   i32.const 3
   i32.shl
   i32.add
   local.tee $7
   local.get $7
   v128.load
   v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
   local.get $6
   i32x4.replace_lane 2
   v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
   local.get $6
   i32x4.replace_lane 0
   local.get $1
   local.get $8
   i32.ne
   select
   local.tee $20
   local.get $14
   i64x2.extmul_low_i32x4_u
   local.get $2
   local.get $8
   i32.const 2
   i32.shl
   i32.add
   v128.load
   local.tee $21
   local.get $9
   i64x2.extmul_low_i32x4_u
   i64x2.add
   i64x2.add
   v128.store
   local.get $7
   local.get $7
   v128.load offset=16
   local.get $20
   local.get $14
   i64x2.extmul_high_i32x4_u
   local.get $21
   local.get $9
   i64x2.extmul_high_i32x4_u
   i64x2.add
   i64x2.add
   v128.store offset=16
   local.get $3
   local.get $3
   i64.load offset=8
   local.get $3
   i64.load
   i64.const 29
   i64.shr_u
   i64.add
   i64.store offset=8
  end
  i32.const 0
  local.set $1
  loop $for-loop|5
   local.get $1
   local.get $5
   i32.lt_s
   if
    local.get $0
    local.get $1
    i32.const 2
    i32.shl
    i32.add
    global.get $assembly/pk/montgomery/T
    local.get $1
    local.get $4
    i32.add
    i32.const 3
    i32.shl
    i32.add
    i64.load
    local.get $13
    i64.add
    local.tee $13
    i32.wrap_i64
    i32.const 536870911
    i32.and
    i32.store
    local.get $13
    i64.const 29
    i64.shr_u
    local.set $13
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|5
   end
  end
 )
 (func $assembly/pk/index/maxToken (result i32)
  i32.const 65536
 )
 (func $assembly/pk/edwards25519/toNiels (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  i32.const 35392
  local.get $0
  i32.const 80
  i32.add
  i32.const 40
  memory.copy
  i32.const 1
  local.set $2
  loop $for-loop|0
   local.get $1
   local.get $2
   i32.gt_s
   if
    local.get $2
    i32.const 40
    i32.mul
    i32.const 35352
    i32.add
    local.tee $3
    i32.const 40
    i32.add
    local.get $3
    local.get $0
    local.get $2
    i32.const 120
    i32.mul
    i32.add
    i32.const 80
    i32.add
    call $assembly/pk/f25519/feMul
    local.get $2
    i32.const 1
    i32.add
    local.set $2
    br $for-loop|0
   end
  end
  local.get $1
  i32.const 40
  i32.mul
  i32.const 35352
  i32.add
  call $assembly/pk/f25519/chain250
  i32.const 2864
  i32.const 2864
  i32.const 5
  call $assembly/pk/f25519/feSqN
  i32.const 34288
  i32.const 2864
  i32.const 2816
  call $assembly/pk/f25519/feMul
  local.get $1
  i32.const 1
  i32.sub
  local.set $2
  loop $for-loop|1
   local.get $2
   i32.const 0
   i32.ge_s
   if
    local.get $0
    local.get $2
    i32.const 120
    i32.mul
    i32.add
    local.set $1
    local.get $2
    i32.const 0
    i32.gt_s
    if
     i32.const 34336
     i32.const 34288
     local.get $2
     i32.const 40
     i32.mul
     i32.const 35352
     i32.add
     call $assembly/pk/f25519/feMul
     i32.const 34288
     i32.const 34288
     local.get $1
     i32.const 80
     i32.add
     call $assembly/pk/f25519/feMul
    else
     i32.const 34336
     i32.const 34288
     i32.const 40
     memory.copy
    end
    i32.const 34384
    local.get $1
    i32.const 34336
    call $assembly/pk/f25519/feMul
    i32.const 34336
    local.get $1
    i32.const 40
    i32.add
    local.tee $3
    i32.const 34336
    call $assembly/pk/f25519/feMul
    local.get $1
    i32.const 34336
    v128.load
    i32.const 34384
    v128.load
    i32x4.add
    v128.store
    local.get $1
    i32.const 34352
    v128.load
    i32.const 34400
    v128.load
    i32x4.add
    v128.store offset=16
    local.get $1
    i32.const 34368
    i32.load
    i32.const 34416
    i32.load
    i32.add
    i32.store offset=32
    local.get $1
    i32.const 34372
    i32.load
    i32.const 34420
    i32.load
    i32.add
    i32.store offset=36
    local.get $1
    local.get $1
    call $assembly/pk/f25519/feCarry
    local.get $3
    i32.const 34336
    v128.load
    i32.const 34384
    v128.load
    i32x4.sub
    v128.store
    local.get $3
    i32.const 34352
    v128.load
    i32.const 34400
    v128.load
    i32x4.sub
    v128.store offset=16
    local.get $3
    i32.const 34368
    i32.load
    i32.const 34416
    i32.load
    i32.sub
    i32.store offset=32
    local.get $3
    i32.const 34372
    i32.load
    i32.const 34420
    i32.load
    i32.sub
    i32.store offset=36
    local.get $3
    local.get $3
    call $assembly/pk/f25519/feCarry
    i32.const 34384
    i32.const 34384
    i32.const 34336
    call $assembly/pk/f25519/feMul
    local.get $1
    i32.const 80
    i32.add
    i32.const 34384
    i32.const 2728
    call $assembly/pk/f25519/feMul
    local.get $2
    i32.const 1
    i32.sub
    local.set $2
    br $for-loop|1
   end
  end
 )
 (func $assembly/pk/edwards25519/buildTable (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  i32.const 33920
  local.get $1
  i32.const 40
  memory.copy
  i32.const 33960
  local.get $1
  i32.const 40
  i32.add
  i32.const 40
  memory.copy
  i32.const 34000
  local.get $1
  i32.const 80
  i32.add
  i32.const 40
  memory.copy
  i32.const 0
  local.set $1
  loop $for-loop|0
   local.get $1
   i32.const 8
   i32.lt_s
   if
    block $for-break0
     local.get $1
     i32.const 120
     i32.mul
     i32.const 34432
     i32.add
     local.tee $2
     i32.const 33920
     i32.const 40
     memory.copy
     local.get $2
     i32.const 40
     i32.add
     i32.const 33960
     i32.const 40
     memory.copy
     local.get $2
     i32.const 80
     i32.add
     i32.const 34000
     i32.const 40
     memory.copy
     local.get $1
     i32.const 7
     i32.eq
     br_if $for-break0
     i32.const 0
     local.set $2
     loop $for-loop|1
      local.get $2
      i32.const 32
      i32.lt_s
      if
       call $assembly/pk/edwards25519/dbl
       call $assembly/pk/edwards25519/toP2
       local.get $2
       i32.const 1
       i32.add
       local.set $2
       br $for-loop|1
      end
     end
     local.get $1
     i32.const 1
     i32.add
     local.set $1
     br $for-loop|0
    end
   end
  end
  i32.const 34432
  i32.const 8
  call $assembly/pk/edwards25519/toNiels
  i32.const 33920
  i32.const 0
  i32.const 40
  memory.fill
  i32.const 33960
  i32.const 0
  i32.const 40
  memory.fill
  i32.const 33960
  i32.const 1
  i32.store
  i32.const 34000
  i32.const 0
  i32.const 40
  memory.fill
  i32.const 34000
  i32.const 1
  i32.store
  i32.const 34040
  i32.const 0
  i32.const 40
  memory.fill
  i32.const 1
  local.set $1
  loop $for-loop|2
   local.get $1
   i32.const 256
   i32.lt_s
   if
    local.get $1
    i32.ctz
    local.tee $2
    i32.const 120
    i32.mul
    i32.const 34432
    i32.add
    local.get $1
    local.get $1
    i32.const 1
    i32.shr_s
    i32.xor
    local.tee $3
    local.get $2
    i32.shr_s
    i32.const 1
    i32.and
    i32.eqz
    call $assembly/pk/edwards25519/madd
    call $assembly/pk/edwards25519/toP3
    local.get $0
    local.get $3
    i32.const 120
    i32.mul
    i32.add
    local.tee $2
    i32.const 33920
    i32.const 40
    memory.copy
    local.get $2
    i32.const 40
    i32.add
    i32.const 33960
    i32.const 40
    memory.copy
    local.get $2
    i32.const 80
    i32.add
    i32.const 34000
    i32.const 40
    memory.copy
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|2
   end
  end
  local.get $0
  i32.const 120
  i32.add
  i32.const 255
  call $assembly/pk/edwards25519/toNiels
 )
 (func $assembly/pk/edwards25519/baseTable
  global.get $assembly/pk/edwards25519/baseReady
  i32.eqz
  if
   i32.const 34080
   i32.const 3080
   i32.const 40
   memory.copy
   i32.const 34120
   i32.const 3120
   i32.const 40
   memory.copy
   i32.const 34160
   i32.const 0
   i32.const 40
   memory.fill
   i32.const 34160
   i32.const 1
   i32.store
   i32.const 34200
   i32.const 3160
   i32.const 40
   memory.copy
   i32.const 3200
   i32.const 34080
   call $assembly/pk/edwards25519/buildTable
   i32.const 1
   global.set $assembly/pk/edwards25519/baseReady
  end
 )
 (func $assembly/pk/algorithms/verifyWith (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (result i32)
  (local $5 i64)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i64)
  local.get $0
  i32.const 3
  i32.lt_s
  local.get $0
  i32.const 0
  i32.ge_s
  i32.and
  if
   block $__inlined_func$assembly/pk/pkcs1/verifyPkcs1$209
    local.get $3
    local.get $4
    call $assembly/pk/rsa/rsaPublic
    i32.eqz
    br_if $__inlined_func$assembly/pk/pkcs1/verifyPkcs1$209
    global.get $assembly/pk/layout/KEY
    i32.load
    i32.const 1
    i32.eq
    if (result i32)
     global.get $assembly/pk/layout/KEY
     i32.load offset=4
    else
     i32.const 0
    end
    local.tee $3
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
    local.tee $4
    i32.const 19
    i32.add
    local.tee $7
    i32.const 11
    i32.add
    i32.lt_s
    br_if $__inlined_func$assembly/pk/pkcs1/verifyPkcs1$209
    global.get $assembly/pk/layout/EXPECTED
    i32.const 0
    i32.store8
    global.get $assembly/pk/layout/EXPECTED
    i32.const 1
    i32.store8 offset=1
    global.get $assembly/pk/layout/EXPECTED
    i32.const 2
    i32.add
    i32.const 255
    local.get $3
    local.get $7
    i32.sub
    local.tee $6
    i32.const 3
    i32.sub
    memory.fill
    global.get $assembly/pk/layout/EXPECTED
    local.get $6
    i32.const 1
    i32.sub
    i32.add
    i32.const 0
    i32.store8
    global.get $assembly/pk/layout/EXPECTED
    local.get $6
    i32.add
    local.get $0
    if (result i32)
     i32.const 2579
     i32.const 2598
     local.get $0
     i32.const 1
     i32.eq
     select
    else
     i32.const 2560
    end
    i32.const 19
    memory.copy
    local.get $0
    local.get $1
    local.get $2
    global.get $assembly/pk/layout/DIGEST
    call $assembly/pk/hash/digest
    global.get $assembly/pk/layout/EXPECTED
    local.get $3
    local.get $4
    i32.sub
    i32.add
    global.get $assembly/pk/layout/DIGEST
    local.get $4
    memory.copy
    i32.const 0
    local.set $0
    loop $for-loop|0
     local.get $0
     i32.const 8
     i32.add
     local.tee $1
     local.get $3
     i32.le_s
     if
      local.get $5
      global.get $assembly/pk/layout/EM
      local.get $0
      i32.add
      i64.load
      global.get $assembly/pk/layout/EXPECTED
      local.get $0
      i32.add
      i64.load
      i64.xor
      i64.or
      local.set $5
      local.get $1
      local.set $0
      br $for-loop|0
     end
    end
    loop $for-loop|1
     local.get $0
     local.get $3
     i32.lt_s
     if
      local.get $5
      global.get $assembly/pk/layout/EM
      local.get $0
      i32.add
      i64.load8_u
      global.get $assembly/pk/layout/EXPECTED
      local.get $0
      i32.add
      i64.load8_u
      i64.xor
      i64.or
      local.set $5
      local.get $0
      i32.const 1
      i32.add
      local.set $0
      br $for-loop|1
     end
    end
    local.get $5
    i64.eqz
    local.set $6
   end
   local.get $6
   return
  end
  local.get $0
  i32.const 6
  i32.lt_s
  local.get $0
  i32.const 3
  i32.ge_s
  i32.and
  if
   local.get $0
   i32.const 3
   i32.sub
   local.get $1
   local.get $2
   local.get $3
   local.get $4
   call $assembly/pk/pss/verifyPss
   return
  end
  local.get $0
  i32.const 7
  i32.eq
  local.get $0
  i32.const 6
  i32.eq
  i32.or
  if
   local.get $4
   i32.const 64
   i32.eq
   if (result i32)
    block $__inlined_func$assembly/pk/ed25519/verifyEd25519$3 (result i32)
     i32.const 0
     global.get $assembly/pk/layout/KEY
     local.tee $8
     i32.load
     i32.const 3
     i32.ne
     br_if $__inlined_func$assembly/pk/ed25519/verifyEd25519$3
     drop
     local.get $3
     i32.const 32
     i32.add
     local.set $6
     i32.const 31
     local.set $0
     block $__inlined_func$assembly/pk/sc25519/scIsReduced$54
      loop $for-loop|00
       local.get $0
       i32.const 0
       i32.ge_s
       if
        local.get $0
        i32.const 2617
        i32.add
        i32.load8_u
        local.tee $7
        local.get $0
        local.get $6
        i32.add
        i32.load8_u
        local.tee $9
        i32.gt_u
        local.set $4
        local.get $7
        local.get $9
        i32.ne
        br_if $__inlined_func$assembly/pk/sc25519/scIsReduced$54
        local.get $0
        i32.const 1
        i32.sub
        local.set $0
        br $for-loop|00
       end
      end
      i32.const 0
      local.set $4
     end
     i32.const 0
     local.get $4
     i32.eqz
     br_if $__inlined_func$assembly/pk/ed25519/verifyEd25519$3
     drop
     i32.const 0
     block $__inlined_func$assembly/pk/f25519/isCanonical$55 (result i32)
      i32.const 1
      local.get $3
      i32.load8_u offset=31
      i32.const 127
      i32.and
      i32.const 127
      i32.ne
      br_if $__inlined_func$assembly/pk/f25519/isCanonical$55
      drop
      i32.const 1
      local.set $0
      loop $for-loop|001
       local.get $0
       i32.const 31
       i32.lt_u
       if
        i32.const 1
        local.get $0
        local.get $3
        i32.add
        i32.load8_u
        i32.const 255
        i32.ne
        br_if $__inlined_func$assembly/pk/f25519/isCanonical$55
        drop
        local.get $0
        i32.const 1
        i32.add
        local.set $0
        br $for-loop|001
       end
      end
      local.get $3
      i32.load8_u
      i32.const 237
      i32.lt_u
     end
     i32.eqz
     br_if $__inlined_func$assembly/pk/ed25519/verifyEd25519$3
     drop
     i32.const 45856
     i32.const 1152
     i32.const 64
     memory.copy
     i32.const 45920
     local.get $3
     i32.const 32
     memory.copy
     i32.const 45952
     local.get $8
     i32.const 32
     i32.add
     i32.const 32
     memory.copy
     local.get $2
     i32.const 64
     i32.ge_u
     if
      i32.const 45984
      local.get $1
      i32.const 64
      memory.copy
      i32.const 45856
      i32.const 45920
      i32.const 1
      call $assembly/sha512/sha512Blocks
      i32.const 2
      i32.const 45856
      local.get $1
      i32.const -64
      i32.sub
      local.get $2
      i32.const -64
      i32.add
      i32.const 128
      i32.const 46048
      i32.const 64
      call $assembly/md/finish
     else
      i32.const 45984
      local.get $1
      local.get $2
      memory.copy
      i32.const 2
      i32.const 45856
      i32.const 45920
      local.get $2
      i32.const -64
      i32.sub
      i32.const 0
      i32.const 46048
      i32.const 64
      call $assembly/md/finish
     end
     i32.const 2656
     i32.const 0
     i32.const 32
     memory.fill
     i32.const 63
     local.set $1
     loop $for-loop|01
      local.get $1
      i32.const 0
      i32.ge_s
      if
       local.get $1
       i32.const 46048
       i32.add
       i32.load8_u
       local.set $2
       i32.const 0
       local.set $0
       loop $for-loop|12
        local.get $0
        i32.const 32
        i32.lt_u
        if
         local.get $0
         i32.const 2656
         i32.add
         local.tee $4
         i32.load
         local.set $7
         local.get $4
         local.get $2
         local.get $7
         i32.const 8
         i32.shl
         i32.or
         i32.store
         local.get $7
         i32.const 24
         i32.shr_u
         local.set $2
         local.get $0
         i32.const 4
         i32.add
         local.set $0
         br $for-loop|12
        end
       end
       local.get $2
       i32.const 4
       i32.shl
       i32.const 2684
       i32.load
       local.tee $0
       i32.const 28
       i32.shr_u
       i32.or
       i64.extend_i32_u
       local.set $5
       i32.const 2684
       local.get $0
       i32.const 268435455
       i32.and
       i32.store
       i32.const 2656
       i32.const 2656
       i64.load32_u
       local.get $5
       i64.const 1559614445
       i64.mul
       i64.sub
       local.tee $10
       i64.store32
       i32.const 2660
       i32.const 2660
       i64.load32_u
       local.get $5
       i64.const 1477600026
       i64.mul
       i64.sub
       local.get $10
       i64.const 32
       i64.shr_s
       i64.add
       local.tee $10
       i64.store32
       i32.const 2664
       i32.const 2664
       i64.load32_u
       local.get $5
       i64.const 2734136534
       i64.mul
       i64.sub
       local.get $10
       i64.const 32
       i64.shr_s
       i64.add
       local.tee $10
       i64.store32
       i32.const 2668
       i32.const 2668
       i64.load32_u
       local.get $5
       i64.const 350157278
       i64.mul
       i64.sub
       local.get $10
       i64.const 32
       i64.shr_s
       i64.add
       local.tee $5
       i64.store32
       local.get $5
       i64.const 32
       i64.shr_s
       local.set $5
       i32.const 16
       local.set $0
       loop $for-loop|2
        local.get $0
        i32.const 32
        i32.lt_u
        if
         local.get $5
         local.get $0
         i32.const 2656
         i32.add
         local.tee $2
         i64.load32_u
         i64.add
         local.set $5
         local.get $2
         local.get $5
         i64.store32
         local.get $5
         i64.const 32
         i64.shr_s
         local.set $5
         local.get $0
         i32.const 4
         i32.add
         local.set $0
         br $for-loop|2
        end
       end
       local.get $5
       i64.const 0
       i64.lt_s
       if
        i64.const 0
        local.set $5
        i32.const 0
        local.set $0
        loop $for-loop|3
         local.get $0
         i32.const 32
         i32.lt_u
         if
          local.get $5
          local.get $0
          i32.const 2656
          i32.add
          local.tee $2
          i64.load32_u
          local.get $0
          i32.const 2617
          i32.add
          i64.load32_u
          i64.add
          i64.add
          local.set $5
          local.get $2
          local.get $5
          i64.store32
          local.get $5
          i64.const 32
          i64.shr_u
          local.set $5
          local.get $0
          i32.const 4
          i32.add
          local.set $0
          br $for-loop|3
         end
        end
       end
       local.get $1
       i32.const 1
       i32.sub
       local.set $1
       br $for-loop|01
      end
     end
     i32.const 46112
     i32.const 2656
     i32.const 32
     memory.copy
     local.get $6
     local.get $8
     i32.const -64
     i32.sub
     call $assembly/pk/edwards25519/doubleScalarMul
     i32.const 46144
     i64.load
     local.get $3
     i64.load
     i64.eq
     if (result i32)
      i32.const 46152
      i64.load
      local.get $3
      i64.load offset=8
      i64.eq
     else
      i32.const 0
     end
     if (result i32)
      i32.const 46160
      i64.load
      local.get $3
      i64.load offset=16
      i64.eq
     else
      i32.const 0
     end
     if (result i32)
      i32.const 46168
      i64.load
      local.get $3
      i64.load offset=24
      i64.eq
     else
      i32.const 0
     end
    end
   else
    i32.const 0
   end
   return
  end
  local.get $0
  i32.const 8
  i32.eq
  if
   local.get $4
   i32.const 64
   i32.ne
   global.get $assembly/pk/layout/KEY
   i32.load
   i32.const 2
   i32.ne
   i32.or
   if (result i32)
    i32.const 0
   else
    i32.const 0
    local.get $1
    local.get $2
    global.get $assembly/pk/layout/DIGEST
    call $assembly/pk/hash/digest
    global.get $assembly/pk/layout/KEY
    i32.const 16
    i32.add
    global.get $assembly/pk/layout/DIGEST
    local.get $3
    call $assembly/pk/p256/p256Verify
   end
   return
  end
  local.get $0
  i32.const 9
  i32.eq
  if
   local.get $4
   i32.const 96
   i32.ne
   global.get $assembly/pk/layout/KEY
   i32.load
   i32.const 4
   i32.ne
   i32.or
   if (result i32)
    i32.const 0
   else
    i32.const 1
    local.get $1
    local.get $2
    global.get $assembly/pk/layout/DIGEST
    call $assembly/pk/hash/digest
    global.get $assembly/pk/layout/KEY
    i32.const 16
    i32.add
    global.get $assembly/pk/layout/DIGEST
    local.get $3
    call $assembly/pk/p384/p384Verify
   end
   return
  end
  local.get $0
  i32.const 10
  i32.eq
  if
   local.get $4
   i32.const 132
   i32.ne
   global.get $assembly/pk/layout/KEY
   i32.load
   i32.const 5
   i32.ne
   i32.or
   if (result i32)
    i32.const 0
   else
    i32.const 2
    local.get $1
    local.get $2
    global.get $assembly/pk/layout/DIGEST
    call $assembly/pk/hash/digest
    global.get $assembly/pk/layout/KEY
    i32.const 16
    i32.add
    global.get $assembly/pk/layout/DIGEST
    local.get $3
    call $assembly/pk/p521/p521Verify
   end
   return
  end
  i32.const 0
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
  i32.const 128576
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
         i32.const 128576
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
        block $__inlined_func$assembly/json/scanNumber$190
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
         br_if $__inlined_func$assembly/json/scanNumber$190
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
           br $__inlined_func$assembly/json/scanNumber$190
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
          br_if $__inlined_func$assembly/json/scanNumber$190
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
          br_if $__inlined_func$assembly/json/scanNumber$190
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
         block $__inlined_func$assembly/json/scanWord$224 (result i32)
          i32.const 0
          i32.const 130108
          i32.load
          i32.const 1
          i32.shr_u
          local.tee $0
          local.get $4
          i32.add
          local.get $1
          i32.gt_u
          br_if $__inlined_func$assembly/json/scanWord$224
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
            i32.const 130112
            i32.add
            i32.load16_u
            i32.ne
            br_if $__inlined_func$assembly/json/scanWord$224
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
          block $__inlined_func$assembly/json/scanWord$225 (result i32)
           i32.const 0
           i32.const 130140
           i32.load
           i32.const 1
           i32.shr_u
           local.tee $0
           local.get $4
           i32.add
           local.get $1
           i32.gt_u
           br_if $__inlined_func$assembly/json/scanWord$225
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
             i32.const 130144
             i32.add
             i32.load16_u
             i32.ne
             br_if $__inlined_func$assembly/json/scanWord$225
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
          block $__inlined_func$assembly/json/scanWord$226 (result i32)
           i32.const 0
           i32.const 130172
           i32.load
           i32.const 1
           i32.shr_u
           local.tee $0
           local.get $4
           i32.add
           local.get $1
           i32.gt_u
           br_if $__inlined_func$assembly/json/scanWord$226
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
             i32.const 130176
             i32.add
             i32.load16_u
             i32.ne
             br_if $__inlined_func$assembly/json/scanWord$226
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
        i32.const 128576
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
  i32.const 128576
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
  i32.const 128576
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
  i32.const 129568
  call $assembly/json/scanString
  drop
  global.get $assembly/json/decodedUnits
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
  i32.const 130432
  global.set $assembly/layout/IN
  i32.const 196032
  global.set $assembly/layout/OUT
  i32.const 261824
  global.set $assembly/layout/DEC
  i32.const 360320
  global.set $assembly/layout/RES
  i32.const 360576
  global.set $assembly/layout/SCAN
  i32.const 1147008
  global.set $assembly/layout/SCAN_END
  i32.const 1147008
  global.set $assembly/pk/layout/KEY
  i32.const 1212544
  global.set $assembly/pk/layout/DIGEST
  i32.const 1212608
  global.set $assembly/pk/layout/EM
  i32.const 1213632
  global.set $assembly/pk/layout/HASH_IN
  i32.const 1213888
  global.set $assembly/pk/layout/EXPECTED
  i32.const 1214912
  global.set $assembly/pk/layout/WORK
  v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
  global.set $assembly/base64url/invalid
  loop $for-loop|0
   local.get $0
   i32.const 64
   i32.lt_u
   if
    local.get $0
    i32.const 2
    i32.shl
    local.tee $1
    i32.const 1952
    i32.add
    local.get $0
    i32.const 3
    i32.shl
    local.tee $2
    i32.const 1280
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
     i32.const 1920
     i32.add
     local.get $2
     i32.const 1152
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
  global.get $assembly/pk/layout/WORK
  global.set $assembly/pk/montgomery/T
  global.get $assembly/pk/montgomery/T
  i32.const 4880
  i32.add
  global.set $assembly/pk/montgomery/X
  global.get $assembly/pk/montgomery/X
  i32.const 1216
  i32.add
  global.set $assembly/pk/montgomery/ACC
  global.get $assembly/pk/montgomery/ACC
  i32.const 1216
  i32.add
  global.set $assembly/pk/montgomery/S
  global.get $assembly/pk/montgomery/S
  i32.const 1216
  i32.add
  global.set $assembly/pk/montgomery/D
  global.get $assembly/pk/layout/HASH_IN
  i32.const 192
  i32.add
  global.set $assembly/pk/pss/H_PRIME
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
 )
 (func $assembly/pk/token/verify (param $0 i32) (param $1 f64) (param $2 f64) (result i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  local.get $0
  call $assembly/pk/token/verifyJws
  local.tee $0
  if
   local.get $0
   return
  end
  global.get $assembly/layout/RES
  i32.load offset=148
  local.tee $0
  global.get $assembly/layout/RES
  i32.load offset=152
  local.tee $3
  local.get $0
  i32.add
  i32.const 129280
  i32.const 1
  call $assembly/json/scanObject
  i32.eqz
  if
   i32.const 1
   return
  end
  global.get $assembly/layout/RES
  local.get $0
  i32.store
  global.get $assembly/layout/RES
  local.get $3
  i32.store offset=4
  global.get $assembly/layout/RES
  global.get $assembly/json/sawNonAscii
  i32.eqz
  i32.store offset=12
  global.get $assembly/layout/RES
  i32.const 128704
  i32.load
  i32.const 0
  i32.ne
  i32.store offset=8
  block $__inlined_func$assembly/claims/readClaims$201 (result i32)
   i32.const 7
   i32.const 128672
   i32.load
   local.tee $0
   i32.const 1
   i32.ne
   i32.const 0
   local.get $0
   select
   br_if $__inlined_func$assembly/claims/readClaims$201
   drop
   i32.const 0
   local.set $0
   loop $for-loop|0
    local.get $0
    i32.const 3
    i32.lt_s
    if
     local.get $0
     i32.const 5
     i32.shl
     i32.const 128576
     i32.add
     local.tee $6
     i32.load
     local.set $3
     global.get $assembly/layout/RES
     i32.const 16
     i32.add
     local.get $0
     i32.const 4
     i32.shl
     i32.add
     local.tee $5
     local.get $6
     i32.load offset=4
     i32.store offset=4
     local.get $5
     local.get $6
     i32.load offset=8
     i32.store offset=8
     local.get $3
     if
      local.get $3
      i32.const 3
      i32.eq
      if
       local.get $5
       i32.const 1
       i32.store
       global.get $assembly/layout/RES
       i32.const -64
       i32.sub
       local.get $0
       i32.const 3
       i32.shl
       i32.add
       local.get $6
       f64.load offset=16
       f64.store
      else
       i32.const 7
       local.get $3
       i32.const 2
       i32.ne
       br_if $__inlined_func$assembly/claims/readClaims$201
       drop
       local.get $5
       i32.const 2
       i32.store
       i32.const 1
       local.set $4
      end
     else
      local.get $5
      i32.const 0
      i32.store
     end
     local.get $0
     i32.const 1
     i32.add
     local.set $0
     br $for-loop|0
    end
   end
   local.get $4
   if (result i32)
    i32.const 8
   else
    local.get $1
    local.get $2
    call $assembly/claims/checkTimes
   end
  end
 )
 (func $assembly/pk/token/parse (param $0 i32) (result i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  local.get $0
  i32.const 65536
  i32.gt_s
  if
   i32.const 2
   return
  end
  i32.const -1
  local.set $2
  i32.const -1
  local.set $3
  block $folding-inner0
   loop $for-loop|0
    local.get $0
    local.get $1
    i32.gt_s
    if
     global.get $assembly/layout/IN
     local.get $1
     i32.add
     i32.load8_u
     i32.const 46
     i32.eq
     if
      local.get $2
      i32.const 0
      i32.lt_s
      if
       local.get $1
       local.set $2
      else
       local.get $3
       i32.const 0
       i32.ge_s
       br_if $folding-inner0
       local.get $1
       local.set $3
      end
     end
     local.get $1
     i32.const 1
     i32.add
     local.set $1
     br $for-loop|0
    end
   end
   local.get $2
   i32.eqz
   local.get $3
   i32.const 0
   i32.lt_s
   i32.or
   local.get $3
   local.get $0
   i32.const 1
   i32.sub
   i32.eq
   i32.or
   br_if $folding-inner0
   global.get $assembly/layout/IN
   local.get $2
   global.get $assembly/layout/DEC
   call $assembly/base64url/decode
   local.tee $1
   i32.const 0
   i32.lt_s
   br_if $folding-inner0
   global.get $assembly/layout/IN
   local.get $2
   i32.const 1
   i32.add
   i32.add
   local.get $3
   local.get $2
   i32.sub
   i32.const 1
   i32.sub
   global.get $assembly/layout/DEC
   local.get $1
   i32.add
   local.tee $1
   call $assembly/base64url/decode
   local.tee $2
   i32.const 0
   i32.lt_s
   br_if $folding-inner0
   global.get $assembly/layout/IN
   local.get $3
   i32.const 1
   i32.add
   i32.add
   local.get $0
   local.get $3
   i32.sub
   i32.const 1
   i32.sub
   global.get $assembly/layout/OUT
   call $assembly/base64url/decode
   local.tee $0
   i32.const 0
   i32.lt_s
   br_if $folding-inner0
   global.get $assembly/layout/DEC
   local.get $1
   i32.const 129536
   i32.const 0
   call $assembly/json/scanObject
   i32.eqz
   br_if $folding-inner0
   call $assembly/pk/token/checkHeader
   local.tee $4
   if
    local.get $4
    return
   end
   global.get $assembly/layout/RES
   local.get $3
   i32.store offset=144
   global.get $assembly/layout/RES
   local.get $1
   i32.store offset=148
   global.get $assembly/layout/RES
   local.get $2
   i32.store offset=152
   global.get $assembly/layout/RES
   local.get $0
   i32.store offset=156
   i32.const 0
   return
  end
  i32.const 1
 )
 (func $assembly/pk/token/checkHeader (result i32)
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  i32.const 128640
  i32.load
  if (result i32)
   i32.const 1
  else
   i32.const 128672
   i32.load
  end
  if
   i32.const 1
   return
  end
  i32.const 128608
  i32.load
  if
   block $__inlined_func$assembly/header/valueIs$4
    i32.const 1
    call $assembly/header/headerString
    local.tee $3
    i32.const 130204
    i32.load
    i32.const 1
    i32.shr_u
    i32.ne
    br_if $__inlined_func$assembly/header/valueIs$4
    loop $for-loop|0
     local.get $0
     local.get $3
     i32.lt_s
     if
      local.get $0
      i32.const 130204
      i32.load
      i32.const 1
      i32.shr_u
      i32.ge_u
      if (result i32)
       i32.const -1
      else
       local.get $0
       i32.const 1
       i32.shl
       i32.const 130208
       i32.add
       i32.load16_u
      end
      local.tee $4
      local.get $0
      i32.const 1
      i32.shl
      i32.const 129568
      i32.add
      i32.load16_u
      local.tee $5
      i32.const 32
      i32.or
      i32.ne
      local.get $4
      local.get $5
      i32.ne
      local.get $4
      i32.const 97
      i32.ge_u
      select
      br_if $__inlined_func$assembly/header/valueIs$4
      local.get $0
      i32.const 1
      i32.add
      local.set $0
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
    local.set $0
    i32.const 0
    local.set $1
    block $__inlined_func$assembly/header/valueIs$5
     local.get $3
     i32.const 130236
     i32.load
     i32.const 1
     i32.shr_u
     i32.ne
     br_if $__inlined_func$assembly/header/valueIs$5
     loop $for-loop|00
      local.get $0
      local.get $3
      i32.lt_s
      if
       local.get $0
       i32.const 130236
       i32.load
       i32.const 1
       i32.shr_u
       i32.ge_u
       if (result i32)
        i32.const -1
       else
        local.get $0
        i32.const 1
        i32.shl
        i32.const 130240
        i32.add
        i32.load16_u
       end
       local.tee $4
       local.get $0
       i32.const 1
       i32.shl
       i32.const 129568
       i32.add
       i32.load16_u
       local.tee $5
       i32.const 32
       i32.or
       i32.ne
       local.get $4
       local.get $5
       i32.ne
       local.get $4
       i32.const 97
       i32.ge_u
       select
       br_if $__inlined_func$assembly/header/valueIs$5
       local.get $0
       i32.const 1
       i32.add
       local.set $0
       br $for-loop|00
      end
     end
     i32.const 1
     local.set $1
    end
   end
   local.get $1
   if
    i32.const 1
    local.set $1
   else
    i32.const 0
    local.set $0
    i32.const 0
    local.set $1
    block $__inlined_func$assembly/header/valueIs$6
     local.get $3
     i32.const 130300
     i32.load
     i32.const 1
     i32.shr_u
     i32.ne
     br_if $__inlined_func$assembly/header/valueIs$6
     loop $for-loop|01
      local.get $0
      local.get $3
      i32.lt_s
      if
       local.get $0
       i32.const 130300
       i32.load
       i32.const 1
       i32.shr_u
       i32.ge_u
       if (result i32)
        i32.const -1
       else
        local.get $0
        i32.const 1
        i32.shl
        i32.const 130304
        i32.add
        i32.load16_u
       end
       local.tee $4
       local.get $0
       i32.const 1
       i32.shl
       i32.const 129568
       i32.add
       i32.load16_u
       local.tee $5
       i32.const 32
       i32.or
       i32.ne
       local.get $4
       local.get $5
       i32.ne
       local.get $4
       i32.const 97
       i32.ge_u
       select
       br_if $__inlined_func$assembly/header/valueIs$6
       local.get $0
       i32.const 1
       i32.add
       local.set $0
       br $for-loop|01
      end
     end
     i32.const 1
     local.set $1
    end
   end
   local.get $1
   if
    i32.const 1
    local.set $1
   else
    i32.const 0
    local.set $0
    i32.const 0
    local.set $1
    block $__inlined_func$assembly/header/valueIs$7
     local.get $3
     i32.const 130332
     i32.load
     i32.const 1
     i32.shr_u
     i32.ne
     br_if $__inlined_func$assembly/header/valueIs$7
     loop $for-loop|02
      local.get $0
      local.get $3
      i32.lt_s
      if
       local.get $0
       i32.const 130332
       i32.load
       i32.const 1
       i32.shr_u
       i32.ge_u
       if (result i32)
        i32.const -1
       else
        local.get $0
        i32.const 1
        i32.shl
        i32.const 130336
        i32.add
        i32.load16_u
       end
       local.tee $4
       local.get $0
       i32.const 1
       i32.shl
       i32.const 129568
       i32.add
       i32.load16_u
       local.tee $5
       i32.const 32
       i32.or
       i32.ne
       local.get $4
       local.get $5
       i32.ne
       local.get $4
       i32.const 97
       i32.ge_u
       select
       br_if $__inlined_func$assembly/header/valueIs$7
       local.get $0
       i32.const 1
       i32.add
       local.set $0
       br $for-loop|02
      end
     end
     i32.const 1
     local.set $1
    end
   end
   local.get $1
   i32.eqz
   if
    i32.const 1
    return
   end
  end
  i32.const 128704
  i32.load
  local.tee $0
  i32.const 1
  i32.ne
  i32.const 0
  local.get $0
  select
  if
   i32.const 1
   return
  end
  global.get $assembly/layout/RES
  local.get $0
  i32.const 1
  i32.eq
  i32.store offset=132
  global.get $assembly/layout/RES
  i32.const 128708
  i32.load
  i32.store offset=136
  global.get $assembly/layout/RES
  i32.const 128712
  i32.load
  i32.store offset=140
  i32.const 0
  call $assembly/header/headerString
  local.set $3
  loop $for-loop|03
   local.get $2
   i32.const 11
   i32.lt_s
   if
    i32.const 0
    local.set $1
    block $__inlined_func$assembly/header/valueEquals$199
     local.get $3
     local.get $2
     i32.const 2
     i32.shl
     i32.const 128528
     i32.add
     i32.load
     local.tee $4
     i32.const 20
     i32.sub
     i32.load offset=16
     i32.const 1
     i32.shr_u
     i32.ne
     br_if $__inlined_func$assembly/header/valueEquals$199
     i32.const 0
     local.set $0
     loop $for-loop|004
      local.get $0
      local.get $3
      i32.lt_s
      if
       local.get $0
       local.get $4
       i32.const 20
       i32.sub
       i32.load offset=16
       i32.const 1
       i32.shr_u
       i32.ge_u
       if (result i32)
        i32.const -1
       else
        local.get $4
        local.get $0
        i32.const 1
        i32.shl
        i32.add
        i32.load16_u
       end
       local.get $0
       i32.const 1
       i32.shl
       i32.const 129568
       i32.add
       i32.load16_u
       i32.ne
       br_if $__inlined_func$assembly/header/valueEquals$199
       local.get $0
       i32.const 1
       i32.add
       local.set $0
       br $for-loop|004
      end
     end
     i32.const 1
     local.set $1
    end
    local.get $1
    if
     global.get $assembly/layout/RES
     local.get $2
     i32.store offset=128
     i32.const 0
     return
    end
    local.get $2
    i32.const 1
    i32.add
    local.set $2
    br $for-loop|03
   end
  end
  i32.const 3
 )
 (func $assembly/pk/pss/verifyPss (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (result i32)
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
  block $folding-inner0
   local.get $3
   local.get $4
   call $assembly/pk/rsa/rsaPublic
   i32.eqz
   br_if $folding-inner0
   global.get $assembly/pk/layout/EM
   local.set $3
   global.get $assembly/pk/layout/KEY
   i32.load offset=8
   i32.const 1
   i32.sub
   local.tee $4
   i32.const 7
   i32.add
   i32.const 3
   i32.shr_s
   local.set $6
   global.get $assembly/pk/layout/KEY
   i32.load
   i32.const 1
   i32.eq
   if (result i32)
    global.get $assembly/pk/layout/KEY
    i32.load offset=4
   else
    i32.const 0
   end
   local.get $6
   i32.gt_s
   if
    global.get $assembly/pk/layout/EM
    i32.load8_u
    br_if $folding-inner0
    global.get $assembly/pk/layout/EM
    i32.const 1
    i32.add
    local.set $3
   end
   local.get $6
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
   local.get $5
   i32.add
   i32.const 2
   i32.add
   i32.lt_s
   br_if $folding-inner0
   local.get $3
   local.get $6
   i32.const 1
   i32.sub
   i32.add
   i32.load8_u
   i32.const 188
   i32.ne
   br_if $folding-inner0
   local.get $6
   local.get $5
   i32.sub
   i32.const 1
   i32.sub
   local.tee $8
   local.get $3
   i32.add
   local.set $10
   local.get $3
   i32.load8_u
   i32.const 255
   local.get $6
   i32.const 3
   i32.shl
   local.get $4
   i32.sub
   i32.shr_u
   local.tee $13
   i32.const -1
   i32.xor
   i32.const 255
   i32.and
   i32.and
   br_if $folding-inner0
   global.get $assembly/pk/layout/HASH_IN
   local.get $10
   local.get $5
   memory.copy
   loop $for-loop|0
    local.get $7
    local.get $8
    i32.lt_s
    if
     global.get $assembly/pk/layout/HASH_IN
     local.get $5
     i32.add
     local.get $9
     i32.const -16711936
     i32.and
     i32.const 8
     i32.rotl
     local.get $9
     i32.const 16711935
     i32.and
     i32.const 8
     i32.rotr
     i32.or
     i32.store
     local.get $0
     global.get $assembly/pk/layout/HASH_IN
     local.get $5
     i32.const 4
     i32.add
     global.get $assembly/pk/pss/H_PRIME
     call $assembly/pk/hash/digest
     local.get $5
     local.get $8
     local.get $7
     i32.sub
     local.tee $4
     local.get $4
     local.get $5
     i32.gt_s
     select
     local.set $11
     i32.const 0
     local.set $4
     loop $for-loop|1
      local.get $4
      local.get $11
      i32.lt_s
      if
       local.get $4
       local.get $7
       i32.add
       local.tee $14
       global.get $assembly/pk/layout/EXPECTED
       i32.add
       local.get $3
       local.get $14
       i32.add
       i32.load8_u
       global.get $assembly/pk/pss/H_PRIME
       local.get $4
       i32.add
       i32.load8_u
       i32.xor
       i32.store8
       local.get $4
       i32.const 1
       i32.add
       local.set $4
       br $for-loop|1
      end
     end
     local.get $7
     local.get $11
     i32.add
     local.set $7
     local.get $9
     i32.const 1
     i32.add
     local.set $9
     br $for-loop|0
    end
   end
   global.get $assembly/pk/layout/EXPECTED
   global.get $assembly/pk/layout/EXPECTED
   i32.load8_u
   local.get $13
   i32.and
   i32.store8
   local.get $6
   local.get $5
   i32.sub
   local.get $5
   i32.sub
   i32.const 2
   i32.sub
   local.set $4
   i32.const 0
   local.set $3
   loop $for-loop|00
    local.get $3
    local.get $4
    i32.lt_s
    if
     local.get $12
     global.get $assembly/pk/layout/EXPECTED
     local.get $3
     i32.add
     i32.load8_u
     i32.or
     local.set $12
     local.get $3
     i32.const 1
     i32.add
     local.set $3
     br $for-loop|00
    end
   end
   local.get $12
   if (result i32)
    i32.const 1
   else
    global.get $assembly/pk/layout/EXPECTED
    local.get $4
    i32.add
    i32.load8_u
    i32.const 1
    i32.ne
   end
   br_if $folding-inner0
   local.get $0
   local.get $1
   local.get $2
   global.get $assembly/pk/layout/DIGEST
   call $assembly/pk/hash/digest
   global.get $assembly/pk/layout/HASH_IN
   i64.const 0
   i64.store align=1
   global.get $assembly/pk/layout/HASH_IN
   i32.const 8
   i32.add
   local.tee $1
   global.get $assembly/pk/layout/DIGEST
   local.get $5
   memory.copy
   local.get $1
   local.get $5
   i32.add
   global.get $assembly/pk/layout/EXPECTED
   local.get $8
   local.get $5
   i32.sub
   i32.add
   local.get $5
   memory.copy
   local.get $0
   global.get $assembly/pk/layout/HASH_IN
   local.get $5
   local.get $5
   i32.add
   i32.const 8
   i32.add
   global.get $assembly/pk/pss/H_PRIME
   call $assembly/pk/hash/digest
   i32.const 0
   local.set $0
   i32.const 0
   local.set $1
   loop $for-loop|11
    local.get $1
    local.get $5
    i32.lt_s
    if
     local.get $0
     local.get $1
     local.get $10
     i32.add
     i32.load8_u
     global.get $assembly/pk/pss/H_PRIME
     local.get $1
     i32.add
     i32.load8_u
     i32.xor
     i32.or
     local.set $0
     local.get $1
     i32.const 1
     i32.add
     local.set $1
     br $for-loop|11
    end
   end
   local.get $0
   i32.eqz
   return
  end
  i32.const 0
 )
 (func $assembly/pk/p521/p521Verify (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i64)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i64)
  global.get $assembly/pk/p521/gReady
  i32.eqz
  if
   i32.const 90048
   i32.const 117296
   call $assembly/pk/p521/importPoint
   global.set $assembly/pk/p521/gReady
  end
  loop $for-loop|1
   local.get $3
   i32.const 66
   i32.lt_u
   if
    local.get $4
    local.get $2
    local.get $3
    i32.add
    i32.load8_u
    i32.or
    local.set $4
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|1
   end
  end
  local.get $4
  i32.const 255
  i32.and
  if
   i32.const 0
   local.set $3
   block $__inlined_func$assembly/pk/p521-field/lessThanBytes$132
    loop $for-loop|0
     local.get $3
     i32.const 66
     i32.lt_u
     if
      local.get $2
      local.get $3
      i32.add
      i32.load8_u
      local.tee $6
      local.get $3
      i32.const 89850
      i32.add
      i32.load8_u
      local.tee $7
      i32.lt_u
      local.set $4
      local.get $6
      local.get $7
      i32.ne
      br_if $__inlined_func$assembly/pk/p521-field/lessThanBytes$132
      local.get $3
      i32.const 1
      i32.add
      local.set $3
      br $for-loop|0
     end
    end
    i32.const 0
    local.set $4
   end
  else
   i32.const 0
   local.set $4
  end
  local.get $4
  i32.eqz
  if
   i32.const 0
   return
  end
  local.get $2
  i32.const 66
  i32.add
  local.set $6
  i32.const 0
  local.set $4
  i32.const 0
  local.set $3
  loop $for-loop|10
   local.get $3
   i32.const 66
   i32.lt_u
   if
    local.get $4
    local.get $3
    local.get $6
    i32.add
    i32.load8_u
    i32.or
    local.set $4
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|10
   end
  end
  local.get $4
  i32.const 255
  i32.and
  if
   local.get $2
   i32.const 66
   i32.add
   local.set $7
   i32.const 0
   local.set $3
   block $__inlined_func$assembly/pk/p521-field/lessThanBytes$134
    loop $for-loop|01
     local.get $3
     i32.const 66
     i32.lt_u
     if
      local.get $3
      local.get $7
      i32.add
      i32.load8_u
      local.tee $8
      local.get $3
      i32.const 89850
      i32.add
      i32.load8_u
      local.tee $6
      i32.lt_u
      local.set $4
      local.get $6
      local.get $8
      i32.ne
      br_if $__inlined_func$assembly/pk/p521-field/lessThanBytes$134
      local.get $3
      i32.const 1
      i32.add
      local.set $3
      br $for-loop|01
     end
    end
    i32.const 0
    local.set $4
   end
  else
   i32.const 0
   local.set $4
  end
  local.get $4
  i32.eqz
  if
   i32.const 0
   return
  end
  i32.const 127664
  local.get $2
  i32.const 66
  call $assembly/pk/p521-field/fromBytes
  i32.const 127744
  local.get $2
  i32.const 66
  i32.add
  i32.const 66
  call $assembly/pk/p521-field/fromBytes
  i32.const 127824
  local.get $1
  i32.const 64
  call $assembly/pk/p521-field/fromBytes
  i32.const 127904
  i32.const 127744
  i32.const 89496
  call $assembly/pk/p521-mul/scMul
  i32.const 127904
  i32.const 127904
  i32.const 89352
  call $assembly/pk/p521-field/canon
  i32.const 127904
  i32.const 127904
  i32.const 89982
  i32.const 129984
  i32.const 130016
  i32.const 89640
  call $assembly/pk/p521-field/pow
  i32.const 127984
  i32.const 127824
  i32.const 127904
  call $assembly/pk/p521-mul/scMul
  i32.const 127984
  i32.const 127984
  i32.const 89352
  call $assembly/pk/p521-field/canon
  i32.const 128064
  i32.const 127664
  i32.const 127904
  call $assembly/pk/p521-mul/scMul
  i32.const 128064
  i32.const 128064
  i32.const 89352
  call $assembly/pk/p521-field/canon
  local.get $0
  local.set $2
  i32.const 0
  local.set $0
  i32.const 93744
  i32.const 0
  i32.const 72
  memory.fill
  loop $for-loop|00
   local.get $0
   i32.const 18
   i32.lt_u
   if
    local.get $0
    i32.const 29
    i32.mul
    local.tee $1
    i32.const 6
    i32.shr_u
    i32.const 3
    i32.shl
    local.tee $3
    i32.const 93744
    i32.add
    local.tee $4
    local.get $4
    i64.load
    local.get $0
    i32.const 2
    i32.shl
    i32.const 127984
    i32.add
    i64.load32_u
    local.tee $5
    local.get $1
    i32.const 63
    i32.and
    local.tee $1
    i64.extend_i32_u
    local.tee $9
    i64.shl
    i64.or
    i64.store
    local.get $1
    i32.const 35
    i32.gt_u
    if
     local.get $3
     i32.const 93752
     i32.add
     local.tee $1
     local.get $1
     i64.load
     local.get $5
     i64.const 64
     local.get $9
     i64.sub
     i64.shr_u
     i64.or
     i64.store
    end
    local.get $0
    i32.const 1
    i32.add
    local.set $0
    br $for-loop|00
   end
  end
  i32.const 0
  local.set $0
  i32.const 93816
  i32.const 0
  i32.const 72
  memory.fill
  loop $for-loop|02
   local.get $0
   i32.const 18
   i32.lt_u
   if
    local.get $0
    i32.const 29
    i32.mul
    local.tee $1
    i32.const 6
    i32.shr_u
    i32.const 3
    i32.shl
    local.tee $3
    i32.const 93816
    i32.add
    local.tee $4
    local.get $4
    i64.load
    local.get $0
    i32.const 2
    i32.shl
    i32.const 128064
    i32.add
    i64.load32_u
    local.tee $5
    local.get $1
    i32.const 63
    i32.and
    local.tee $1
    i64.extend_i32_u
    local.tee $9
    i64.shl
    i64.or
    i64.store
    local.get $1
    i32.const 35
    i32.gt_u
    if
     local.get $3
     i32.const 93824
     i32.add
     local.tee $1
     local.get $1
     i64.load
     local.get $5
     i64.const 64
     local.get $9
     i64.sub
     i64.shr_u
     i64.or
     i64.store
    end
    local.get $0
    i32.const 1
    i32.add
    local.set $0
    br $for-loop|02
   end
  end
  i32.const 0
  local.set $0
  i32.const 0
  local.set $3
  loop $for-loop|023
   local.get $3
   i32.const 18
   i32.lt_u
   if
    local.get $3
    i32.const 72
    i32.mul
    i32.const 92448
    i32.add
    local.get $3
    i32.const 3
    i32.shl
    i32.const 93744
    i32.add
    i64.load
    i32.const 5
    call $assembly/pk/p256/wnaf
    local.tee $1
    local.get $0
    i32.gt_s
    if
     local.get $1
     local.set $0
    end
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|023
   end
  end
  i32.const 1
  global.set $assembly/pk/p521/infinity
  local.get $0
  i32.const 1
  i32.sub
  local.set $3
  loop $for-loop|13
   local.get $3
   i32.const 0
   i32.ge_s
   if
    global.get $assembly/pk/p521/infinity
    i32.eqz
    if
     call $assembly/pk/p521/double
    end
    i32.const 0
    local.set $1
    loop $for-loop|2
     local.get $1
     i32.const 18
     i32.lt_u
     if
      local.get $1
      i32.const 72
      i32.mul
      i32.const 92448
      i32.add
      local.get $3
      i32.add
      i32.load8_s
      local.tee $0
      if
       local.get $1
       i32.const 9
       i32.lt_u
       if (result i32)
        local.get $1
        i32.const 1152
        i32.mul
        i32.const 117296
        i32.add
        i32.const 0
        local.get $0
        i32.sub
        local.get $0
        local.get $0
        i32.const 0
        i32.lt_s
        select
        i32.const 1
        i32.shr_s
        i32.const 144
        i32.mul
        i32.add
       else
        local.get $2
        local.get $1
        i32.const 9
        i32.sub
        i32.const 1152
        i32.mul
        i32.add
        i32.const 0
        local.get $0
        i32.sub
        local.get $0
        local.get $0
        i32.const 0
        i32.lt_s
        select
        i32.const 1
        i32.shr_s
        i32.const 144
        i32.mul
        i32.add
       end
       local.set $4
       local.get $0
       i32.const 0
       i32.gt_s
       if
        local.get $4
        local.get $4
        i32.const 72
        i32.add
        call $assembly/pk/p521/addAffine
       else
        i32.const 92288
        i32.const 92368
        local.get $4
        i32.const 72
        i32.add
        call $assembly/pk/p521-field/feSub
        local.get $4
        i32.const 92288
        call $assembly/pk/p521/addAffine
       end
      end
      local.get $1
      i32.const 1
      i32.add
      local.set $1
      br $for-loop|2
     end
    end
    local.get $3
    i32.const 1
    i32.sub
    local.set $3
    br $for-loop|13
   end
  end
  global.get $assembly/pk/p521/infinity
  if (result i32)
   i32.const 1
  else
   i32.const 91808
   call $assembly/pk/p521-field/feIsZero
  end
  if
   i32.const 0
   return
  end
  i32.const 91888
  i32.const 91808
  call $assembly/pk/p521-mul/feSqr
  i32.const 91968
  i32.const 127664
  i32.const 91888
  call $assembly/pk/p521-mul/feMul
  i32.const 91968
  i32.const 91648
  call $assembly/pk/p521-field/feEqual
  if
   i32.const 1
   return
  end
  i32.const 17
  local.set $0
  block $__inlined_func$assembly/pk/p521-field/cmp$140
   loop $for-loop|04
    local.get $0
    i32.const 0
    i32.ge_s
    if
     i32.const -1
     i32.const 1
     local.get $0
     i32.const 2
     i32.shl
     local.tee $1
     i32.const 127664
     i32.add
     i32.load
     local.tee $2
     local.get $1
     i32.const 89424
     i32.add
     i32.load
     local.tee $1
     i32.lt_u
     select
     local.set $4
     local.get $1
     local.get $2
     i32.ne
     br_if $__inlined_func$assembly/pk/p521-field/cmp$140
     local.get $0
     i32.const 1
     i32.sub
     local.set $0
     br $for-loop|04
    end
   end
   i32.const 0
   local.set $4
  end
  local.get $4
  i32.const 0
  i32.ge_s
  if
   i32.const 0
   return
  end
  i32.const 91968
  i32.const 127664
  i32.const 89352
  call $assembly/pk/p521-field/feAdd
  i32.const 91968
  i32.const 91968
  i32.const 91888
  call $assembly/pk/p521-mul/feMul
  i32.const 91968
  i32.const 91648
  call $assembly/pk/p521-field/feEqual
 )
 (func $assembly/pk/p521-field/scSqr (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  local.get $1
  call $assembly/pk/p521-mul/scMul
  local.get $0
  local.get $0
  i32.const 89352
  call $assembly/pk/p521-field/canon
 )
 (func $assembly/pk/p521-field/scMul (param $0 i32) (param $1 i32) (param $2 i32)
  local.get $0
  local.get $1
  local.get $2
  call $assembly/pk/p521-mul/scMul
  local.get $0
  local.get $0
  i32.const 89352
  call $assembly/pk/p521-field/canon
 )
 (func $assembly/pk/p384/p384Verify (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i64)
  (local $9 i32)
  global.get $assembly/pk/p384/gReady
  i32.eqz
  if
   i32.const 68460
   i32.const 83456
   call $assembly/pk/p384/importPoint
   global.set $assembly/pk/p384/gReady
  end
  local.get $2
  i64.load offset=40
  local.get $2
  i64.load offset=32
  local.get $2
  i64.load offset=24
  local.get $2
  i64.load offset=16
  local.get $2
  i64.load
  local.get $2
  i64.load offset=8
  i64.or
  i64.or
  i64.or
  i64.or
  i64.or
  i64.const 0
  i64.ne
  if
   block $__inlined_func$assembly/pk/p384-field/lessThanBytes$100
    loop $for-loop|0
     local.get $3
     i32.const 48
     i32.lt_u
     if
      local.get $2
      local.get $3
      i32.add
      i32.load8_u
      local.tee $5
      local.get $3
      i32.const 68316
      i32.add
      i32.load8_u
      local.tee $4
      i32.lt_u
      local.set $9
      local.get $4
      local.get $5
      i32.ne
      br_if $__inlined_func$assembly/pk/p384-field/lessThanBytes$100
      local.get $3
      i32.const 1
      i32.add
      local.set $3
      br $for-loop|0
     end
    end
    i32.const 0
    local.set $9
   end
  end
  local.get $9
  i32.eqz
  if
   i32.const 0
   return
  end
  local.get $2
  i64.load offset=88
  local.get $2
  i64.load offset=80
  local.get $2
  i64.load offset=72
  local.get $2
  i64.load offset=64
  local.get $2
  i64.load offset=48
  local.get $2
  i64.load offset=56
  i64.or
  i64.or
  i64.or
  i64.or
  i64.or
  i64.eqz
  if
   i32.const 0
   local.set $9
  else
   local.get $2
   i32.const 48
   i32.add
   local.set $5
   i32.const 0
   local.set $3
   block $__inlined_func$assembly/pk/p384-field/lessThanBytes$102
    loop $for-loop|00
     local.get $3
     i32.const 48
     i32.lt_u
     if
      local.get $3
      local.get $5
      i32.add
      i32.load8_u
      local.tee $4
      local.get $3
      i32.const 68316
      i32.add
      i32.load8_u
      local.tee $6
      i32.lt_u
      local.set $9
      local.get $4
      local.get $6
      i32.ne
      br_if $__inlined_func$assembly/pk/p384-field/lessThanBytes$102
      local.get $3
      i32.const 1
      i32.add
      local.set $3
      br $for-loop|00
     end
    end
    i32.const 0
    local.set $9
   end
  end
  local.get $9
  i32.eqz
  if
   i32.const 0
   return
  end
  i32.const 0
  local.set $3
  i32.const 47
  local.set $9
  loop $for-loop|01
   local.get $9
   i32.const 0
   i32.ge_s
   if
    local.get $8
    local.get $2
    local.get $9
    i32.add
    i64.load8_u
    local.get $3
    i64.extend_i32_u
    i64.shl
    i64.or
    local.set $8
    local.get $3
    i32.const 8
    i32.add
    local.tee $3
    i32.const 29
    i32.ge_u
    if
     local.get $7
     i32.const 2
     i32.shl
     i32.const 88832
     i32.add
     local.get $8
     i64.const 536870911
     i64.and
     i64.store32
     local.get $7
     i32.const 1
     i32.add
     local.set $7
     local.get $8
     i64.const 29
     i64.shr_u
     local.set $8
     local.get $3
     i32.const 29
     i32.sub
     local.set $3
    end
    local.get $9
    i32.const 1
    i32.sub
    local.set $9
    br $for-loop|01
   end
  end
  i32.const 88884
  local.get $8
  i64.store32
  local.get $2
  i32.const 48
  i32.add
  local.set $4
  i64.const 0
  local.set $8
  i32.const 0
  local.set $2
  i32.const 0
  local.set $9
  i32.const 47
  local.set $3
  loop $for-loop|02
   local.get $3
   i32.const 0
   i32.ge_s
   if
    local.get $8
    local.get $3
    local.get $4
    i32.add
    i64.load8_u
    local.get $2
    i64.extend_i32_u
    i64.shl
    i64.or
    local.set $8
    local.get $2
    i32.const 8
    i32.add
    local.tee $2
    i32.const 29
    i32.ge_u
    if
     local.get $9
     i32.const 2
     i32.shl
     i32.const 88896
     i32.add
     local.get $8
     i64.const 536870911
     i64.and
     i64.store32
     local.get $8
     i64.const 29
     i64.shr_u
     local.set $8
     local.get $9
     i32.const 1
     i32.add
     local.set $9
     local.get $2
     i32.const 29
     i32.sub
     local.set $2
    end
    local.get $3
    i32.const 1
    i32.sub
    local.set $3
    br $for-loop|02
   end
  end
  i32.const 88948
  local.get $8
  i64.store32
  i64.const 0
  local.set $8
  i32.const 0
  local.set $2
  i32.const 0
  local.set $9
  i32.const 47
  local.set $3
  loop $for-loop|03
   local.get $3
   i32.const 0
   i32.ge_s
   if
    local.get $8
    local.get $1
    local.get $3
    i32.add
    i64.load8_u
    local.get $2
    i64.extend_i32_u
    i64.shl
    i64.or
    local.set $8
    local.get $2
    i32.const 8
    i32.add
    local.tee $2
    i32.const 29
    i32.ge_u
    if
     local.get $9
     i32.const 2
     i32.shl
     i32.const 88960
     i32.add
     local.get $8
     i64.const 536870911
     i64.and
     i64.store32
     local.get $8
     i64.const 29
     i64.shr_u
     local.set $8
     local.get $9
     i32.const 1
     i32.add
     local.set $9
     local.get $2
     i32.const 29
     i32.sub
     local.set $2
    end
    local.get $3
    i32.const 1
    i32.sub
    local.set $3
    br $for-loop|03
   end
  end
  i32.const 89012
  local.get $8
  i64.store32
  i32.const 89024
  i32.const 88896
  i32.const 68044
  call $assembly/pk/p384-mul/scMul
  i32.const 89024
  i32.const 89024
  i32.const 68412
  i32.const 129856
  i32.const 129888
  i32.const 68156
  call $assembly/pk/p384-field/pow
  i32.const 89088
  i32.const 88960
  i32.const 89024
  call $assembly/pk/p384-mul/scMul
  i32.const 89088
  i32.const 89088
  i32.const 67876
  call $assembly/pk/p384-field/canon
  i32.const 89152
  i32.const 88832
  i32.const 89024
  call $assembly/pk/p384-mul/scMul
  i32.const 89152
  i32.const 89152
  i32.const 67876
  call $assembly/pk/p384-field/canon
  local.get $0
  local.set $2
  i32.const 71200
  i32.const 89088
  call $assembly/pk/p384-field/toWords
  i32.const 71248
  i32.const 89152
  call $assembly/pk/p384-field/toWords
  i32.const 0
  local.set $0
  i32.const 0
  local.set $3
  loop $for-loop|04
   local.get $3
   i32.const 12
   i32.lt_u
   if
    local.get $3
    i32.const 72
    i32.mul
    i32.const 70336
    i32.add
    local.get $3
    i32.const 3
    i32.shl
    i32.const 71200
    i32.add
    i64.load
    i32.const 5
    call $assembly/pk/p256/wnaf
    local.tee $1
    local.get $0
    i32.gt_s
    if
     local.get $1
     local.set $0
    end
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|04
   end
  end
  i32.const 1
  global.set $assembly/pk/p384/infinity
  local.get $0
  i32.const 1
  i32.sub
  local.set $3
  loop $for-loop|1
   local.get $3
   i32.const 0
   i32.ge_s
   if
    global.get $assembly/pk/p384/infinity
    i32.eqz
    if
     call $assembly/pk/p384/double
    end
    i32.const 0
    local.set $1
    loop $for-loop|2
     local.get $1
     i32.const 12
     i32.lt_u
     if
      local.get $1
      i32.const 72
      i32.mul
      i32.const 70336
      i32.add
      local.get $3
      i32.add
      i32.load8_s
      local.tee $4
      if
       local.get $1
       i32.const 6
       i32.lt_u
       if (result i32)
        local.get $1
        i32.const 896
        i32.mul
        i32.const 83456
        i32.add
        i32.const 0
        local.get $4
        i32.sub
        local.get $4
        local.get $4
        i32.const 0
        i32.lt_s
        select
        i32.const 1
        i32.shr_s
        i32.const 112
        i32.mul
        i32.add
       else
        local.get $2
        local.get $1
        i32.const 6
        i32.sub
        i32.const 896
        i32.mul
        i32.add
        i32.const 0
        local.get $4
        i32.sub
        local.get $4
        local.get $4
        i32.const 0
        i32.lt_s
        select
        i32.const 1
        i32.shr_s
        i32.const 112
        i32.mul
        i32.add
       end
       local.set $0
       local.get $4
       i32.const 0
       i32.gt_s
       if
        local.get $0
        local.get $0
        i32.const 56
        i32.add
        call $assembly/pk/p384/addAffine
       else
        i32.const 70208
        i32.const 70272
        local.get $0
        i32.const 56
        i32.add
        call $assembly/pk/p384-field/feSub
        local.get $0
        i32.const 70208
        call $assembly/pk/p384/addAffine
       end
      end
      local.get $1
      i32.const 1
      i32.add
      local.set $1
      br $for-loop|2
     end
    end
    local.get $3
    i32.const 1
    i32.sub
    local.set $3
    br $for-loop|1
   end
  end
  global.get $assembly/pk/p384/infinity
  if (result i32)
   i32.const 1
  else
   i32.const 69824
   call $assembly/pk/p384-field/feIsZero
  end
  if
   i32.const 0
   return
  end
  i32.const 69888
  i32.const 69824
  call $assembly/pk/p384-mul/feSqr
  i32.const 69952
  i32.const 88832
  i32.const 67988
  call $assembly/pk/p384-mul/feMul
  i32.const 69952
  i32.const 69952
  i32.const 69888
  call $assembly/pk/p384-mul/feMul
  i32.const 69952
  i32.const 69696
  call $assembly/pk/p384-field/feEqual
  if
   i32.const 1
   return
  end
  i32.const 13
  local.set $0
  block $__inlined_func$assembly/pk/p384-field/cmp$111
   loop $for-loop|05
    local.get $0
    i32.const 0
    i32.ge_s
    if
     i32.const -1
     i32.const 1
     local.get $0
     i32.const 2
     i32.shl
     local.tee $1
     i32.const 88832
     i32.add
     i32.load
     local.tee $2
     local.get $1
     i32.const 67932
     i32.add
     i32.load
     local.tee $1
     i32.lt_u
     select
     local.set $9
     local.get $1
     local.get $2
     i32.ne
     br_if $__inlined_func$assembly/pk/p384-field/cmp$111
     local.get $0
     i32.const 1
     i32.sub
     local.set $0
     br $for-loop|05
    end
   end
   i32.const 0
   local.set $9
  end
  local.get $9
  i32.const 0
  i32.ge_s
  if
   i32.const 0
   return
  end
  i32.const 69952
  i32.const 88832
  i32.const 67876
  call $assembly/pk/p384-field/feAdd
  i32.const 69952
  i32.const 69952
  i32.const 67988
  call $assembly/pk/p384-mul/feMul
  i32.const 69952
  i32.const 69952
  i32.const 69888
  call $assembly/pk/p384-mul/feMul
  i32.const 69952
  i32.const 69696
  call $assembly/pk/p384-field/feEqual
 )
 (func $assembly/pk/p384-field/scSqr (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  local.get $1
  call $assembly/pk/p384-mul/scMul
 )
 (func $assembly/pk/p256/p256Verify (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i64)
  (local $9 i32)
  local.get $2
  i64.load offset=24
  local.get $2
  i64.load offset=16
  local.get $2
  i64.load
  local.get $2
  i64.load offset=8
  i64.or
  i64.or
  i64.or
  i64.const 0
  i64.ne
  if
   block $__inlined_func$assembly/pk/p256-field/lessThanBytes$65
    loop $for-loop|0
     local.get $3
     i32.const 32
     i32.lt_u
     if
      local.get $2
      local.get $3
      i32.add
      i32.load8_u
      local.tee $5
      local.get $3
      i32.const 46532
      i32.add
      i32.load8_u
      local.tee $4
      i32.lt_u
      local.set $9
      local.get $4
      local.get $5
      i32.ne
      br_if $__inlined_func$assembly/pk/p256-field/lessThanBytes$65
      local.get $3
      i32.const 1
      i32.add
      local.set $3
      br $for-loop|0
     end
    end
    i32.const 0
    local.set $9
   end
  end
  local.get $9
  i32.eqz
  if
   i32.const 0
   return
  end
  local.get $2
  i64.load offset=56
  local.get $2
  i64.load offset=48
  local.get $2
  i64.load offset=32
  local.get $2
  i64.load offset=40
  i64.or
  i64.or
  i64.or
  i64.eqz
  if
   i32.const 0
   local.set $9
  else
   local.get $2
   i32.const 32
   i32.add
   local.set $5
   i32.const 0
   local.set $3
   block $__inlined_func$assembly/pk/p256-field/lessThanBytes$67
    loop $for-loop|00
     local.get $3
     i32.const 32
     i32.lt_u
     if
      local.get $3
      local.get $5
      i32.add
      i32.load8_u
      local.tee $4
      local.get $3
      i32.const 46532
      i32.add
      i32.load8_u
      local.tee $6
      i32.lt_u
      local.set $9
      local.get $4
      local.get $6
      i32.ne
      br_if $__inlined_func$assembly/pk/p256-field/lessThanBytes$67
      local.get $3
      i32.const 1
      i32.add
      local.set $3
      br $for-loop|00
     end
    end
    i32.const 0
    local.set $9
   end
  end
  local.get $9
  i32.eqz
  if
   i32.const 0
   return
  end
  i32.const 0
  local.set $3
  i32.const 31
  local.set $9
  loop $for-loop|01
   local.get $9
   i32.const 0
   i32.ge_s
   if
    local.get $8
    local.get $2
    local.get $9
    i32.add
    i64.load8_u
    local.get $3
    i64.extend_i32_u
    i64.shl
    i64.or
    local.set $8
    local.get $3
    i32.const 8
    i32.add
    local.tee $3
    i32.const 29
    i32.ge_u
    if
     local.get $7
     i32.const 2
     i32.shl
     i32.const 67488
     i32.add
     local.get $8
     i64.const 536870911
     i64.and
     i64.store32
     local.get $7
     i32.const 1
     i32.add
     local.set $7
     local.get $8
     i64.const 29
     i64.shr_u
     local.set $8
     local.get $3
     i32.const 29
     i32.sub
     local.set $3
    end
    local.get $9
    i32.const 1
    i32.sub
    local.set $9
    br $for-loop|01
   end
  end
  i32.const 67520
  local.get $8
  i64.store32
  local.get $2
  i32.const 32
  i32.add
  local.set $4
  i64.const 0
  local.set $8
  i32.const 0
  local.set $2
  i32.const 0
  local.set $9
  i32.const 31
  local.set $3
  loop $for-loop|02
   local.get $3
   i32.const 0
   i32.ge_s
   if
    local.get $8
    local.get $3
    local.get $4
    i32.add
    i64.load8_u
    local.get $2
    i64.extend_i32_u
    i64.shl
    i64.or
    local.set $8
    local.get $2
    i32.const 8
    i32.add
    local.tee $2
    i32.const 29
    i32.ge_u
    if
     local.get $9
     i32.const 2
     i32.shl
     i32.const 67536
     i32.add
     local.get $8
     i64.const 536870911
     i64.and
     i64.store32
     local.get $8
     i64.const 29
     i64.shr_u
     local.set $8
     local.get $9
     i32.const 1
     i32.add
     local.set $9
     local.get $2
     i32.const 29
     i32.sub
     local.set $2
    end
    local.get $3
    i32.const 1
    i32.sub
    local.set $3
    br $for-loop|02
   end
  end
  i32.const 67568
  local.get $8
  i64.store32
  i64.const 0
  local.set $8
  i32.const 0
  local.set $2
  i32.const 0
  local.set $9
  i32.const 31
  local.set $3
  loop $for-loop|03
   local.get $3
   i32.const 0
   i32.ge_s
   if
    local.get $8
    local.get $1
    local.get $3
    i32.add
    i64.load8_u
    local.get $2
    i64.extend_i32_u
    i64.shl
    i64.or
    local.set $8
    local.get $2
    i32.const 8
    i32.add
    local.tee $2
    i32.const 29
    i32.ge_u
    if
     local.get $9
     i32.const 2
     i32.shl
     i32.const 67584
     i32.add
     local.get $8
     i64.const 536870911
     i64.and
     i64.store32
     local.get $8
     i64.const 29
     i64.shr_u
     local.set $8
     local.get $9
     i32.const 1
     i32.add
     local.set $9
     local.get $2
     i32.const 29
     i32.sub
     local.set $2
    end
    local.get $3
    i32.const 1
    i32.sub
    local.set $3
    br $for-loop|03
   end
  end
  i32.const 67616
  local.get $8
  i64.store32
  i32.const 67632
  i32.const 67536
  i32.const 46356
  call $assembly/pk/p256-mul/scMul
  i32.const 67632
  i32.const 67632
  i32.const 46596
  i32.const 129728
  i32.const 129760
  i32.const 46428
  call $assembly/pk/p256-field/pow
  i32.const 67680
  i32.const 67584
  i32.const 67632
  call $assembly/pk/p256-mul/scMul
  i32.const 67680
  i32.const 67680
  i32.const 46248
  call $assembly/pk/p256-field/canon
  i32.const 67728
  i32.const 67488
  i32.const 67632
  call $assembly/pk/p256-mul/scMul
  i32.const 67728
  i32.const 67728
  i32.const 46248
  call $assembly/pk/p256-field/canon
  local.get $0
  local.set $2
  i32.const 57584
  i32.const 67680
  call $assembly/pk/p256-field/toWords
  i32.const 57616
  i32.const 67728
  call $assembly/pk/p256-field/toWords
  i32.const 0
  local.set $0
  i32.const 0
  local.set $3
  loop $for-loop|04
   local.get $3
   i32.const 8
   i32.lt_u
   if
    local.get $3
    i32.const 72
    i32.mul
    i32.const 57008
    i32.add
    local.get $3
    i32.const 3
    i32.shl
    i32.const 57584
    i32.add
    i64.load
    i32.const 7
    i32.const 6
    local.get $3
    i32.const 4
    i32.lt_u
    select
    call $assembly/pk/p256/wnaf
    local.tee $1
    local.get $0
    i32.gt_s
    if
     local.get $1
     local.set $0
    end
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|04
   end
  end
  i32.const 1
  global.set $assembly/pk/p256/infinity
  local.get $0
  i32.const 1
  i32.sub
  local.set $3
  loop $for-loop|1
   local.get $3
   i32.const 0
   i32.ge_s
   if
    global.get $assembly/pk/p256/infinity
    i32.eqz
    if
     call $assembly/pk/p256/double
    end
    i32.const 0
    local.set $1
    loop $for-loop|2
     local.get $1
     i32.const 8
     i32.lt_u
     if
      local.get $1
      i32.const 72
      i32.mul
      i32.const 57008
      i32.add
      local.get $3
      i32.add
      i32.load8_s
      local.tee $4
      if
       local.get $1
       i32.const 4
       i32.lt_u
       if (result i32)
        local.get $1
        i32.const 2304
        i32.mul
        i32.const 46640
        i32.add
        i32.const 0
        local.get $4
        i32.sub
        local.get $4
        local.get $4
        i32.const 0
        i32.lt_s
        select
        i32.const 1
        i32.shr_s
        i32.const 72
        i32.mul
        i32.add
       else
        local.get $2
        local.get $1
        i32.const 4
        i32.sub
        i32.const 1152
        i32.mul
        i32.add
        i32.const 0
        local.get $4
        i32.sub
        local.get $4
        local.get $4
        i32.const 0
        i32.lt_s
        select
        i32.const 1
        i32.shr_s
        i32.const 72
        i32.mul
        i32.add
       end
       local.set $0
       local.get $4
       i32.const 0
       i32.gt_s
       if
        local.get $0
        local.get $0
        i32.const 36
        i32.add
        call $assembly/pk/p256/addAffine
       else
        i32.const 56912
        i32.const 56960
        local.get $0
        i32.const 36
        i32.add
        call $assembly/pk/p256-field/feSub
        local.get $0
        i32.const 56912
        call $assembly/pk/p256/addAffine
       end
      end
      local.get $1
      i32.const 1
      i32.add
      local.set $1
      br $for-loop|2
     end
    end
    local.get $3
    i32.const 1
    i32.sub
    local.set $3
    br $for-loop|1
   end
  end
  global.get $assembly/pk/p256/infinity
  if (result i32)
   i32.const 1
  else
   i32.const 56624
   call $assembly/pk/p256-field/feIsZero
  end
  if
   i32.const 0
   return
  end
  i32.const 56672
  i32.const 56624
  call $assembly/pk/p256-mul/feSqr
  i32.const 56720
  i32.const 67488
  i32.const 46320
  call $assembly/pk/p256-mul/feMul
  i32.const 56720
  i32.const 56720
  i32.const 56672
  call $assembly/pk/p256-mul/feMul
  i32.const 56720
  i32.const 56528
  call $assembly/pk/p256-field/feEqual
  if
   i32.const 1
   return
  end
  i32.const 8
  local.set $0
  block $__inlined_func$assembly/pk/p256-field/cmp$76
   loop $for-loop|05
    local.get $0
    i32.const 0
    i32.ge_s
    if
     i32.const -1
     i32.const 1
     local.get $0
     i32.const 2
     i32.shl
     local.tee $1
     i32.const 67488
     i32.add
     i32.load
     local.tee $2
     local.get $1
     i32.const 46284
     i32.add
     i32.load
     local.tee $1
     i32.lt_u
     select
     local.set $9
     local.get $1
     local.get $2
     i32.ne
     br_if $__inlined_func$assembly/pk/p256-field/cmp$76
     local.get $0
     i32.const 1
     i32.sub
     local.set $0
     br $for-loop|05
    end
   end
   i32.const 0
   local.set $9
  end
  local.get $9
  i32.const 0
  i32.ge_s
  if
   i32.const 0
   return
  end
  i32.const 56720
  i32.const 67488
  i32.const 46248
  call $assembly/pk/p256-field/feAdd
  i32.const 56720
  i32.const 56720
  i32.const 46320
  call $assembly/pk/p256-mul/feMul
  i32.const 56720
  i32.const 56720
  i32.const 56672
  call $assembly/pk/p256-mul/feMul
  i32.const 56720
  i32.const 56528
  call $assembly/pk/p256-field/feEqual
 )
 (func $assembly/pk/p256/p256ImportKey (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i64)
  (local $8 i32)
  block $__inlined_func$assembly/pk/p256-field/lessThanBytes$156
   loop $for-loop|0
    local.get $2
    i32.const 32
    i32.lt_u
    if
     local.get $0
     local.get $2
     i32.add
     i32.load8_u
     local.tee $4
     local.get $2
     i32.const 46500
     i32.add
     i32.load8_u
     local.tee $3
     i32.lt_u
     local.set $5
     local.get $3
     local.get $4
     i32.ne
     br_if $__inlined_func$assembly/pk/p256-field/lessThanBytes$156
     local.get $2
     i32.const 1
     i32.add
     local.set $2
     br $for-loop|0
    end
   end
   i32.const 0
   local.set $5
  end
  local.get $5
  if
   local.get $0
   i32.const 32
   i32.add
   local.set $5
   i32.const 0
   local.set $2
   block $__inlined_func$assembly/pk/p256-field/lessThanBytes$157
    loop $for-loop|00
     local.get $2
     i32.const 32
     i32.lt_u
     if
      local.get $2
      local.get $5
      i32.add
      i32.load8_u
      local.tee $4
      local.get $2
      i32.const 46500
      i32.add
      i32.load8_u
      local.tee $3
      i32.lt_u
      local.set $8
      local.get $3
      local.get $4
      i32.ne
      br_if $__inlined_func$assembly/pk/p256-field/lessThanBytes$157
      local.get $2
      i32.const 1
      i32.add
      local.set $2
      br $for-loop|00
     end
    end
    i32.const 0
    local.set $8
   end
  end
  local.get $8
  i32.eqz
  if
   i32.const 0
   return
  end
  i32.const 0
  local.set $2
  i32.const 31
  local.set $8
  loop $for-loop|01
   local.get $8
   i32.const 0
   i32.ge_s
   if
    local.get $7
    local.get $0
    local.get $8
    i32.add
    i64.load8_u
    local.get $2
    i64.extend_i32_u
    i64.shl
    i64.or
    local.set $7
    local.get $2
    i32.const 8
    i32.add
    local.tee $2
    i32.const 29
    i32.ge_u
    if
     local.get $6
     i32.const 2
     i32.shl
     i32.const 66864
     i32.add
     local.get $7
     i64.const 536870911
     i64.and
     i64.store32
     local.get $6
     i32.const 1
     i32.add
     local.set $6
     local.get $7
     i64.const 29
     i64.shr_u
     local.set $7
     local.get $2
     i32.const 29
     i32.sub
     local.set $2
    end
    local.get $8
    i32.const 1
    i32.sub
    local.set $8
    br $for-loop|01
   end
  end
  i32.const 66896
  local.get $7
  i64.store32
  local.get $0
  i32.const 32
  i32.add
  local.set $3
  i64.const 0
  local.set $7
  i32.const 0
  local.set $0
  i32.const 0
  local.set $8
  i32.const 31
  local.set $2
  loop $for-loop|02
   local.get $2
   i32.const 0
   i32.ge_s
   if
    local.get $7
    local.get $2
    local.get $3
    i32.add
    i64.load8_u
    local.get $0
    i64.extend_i32_u
    i64.shl
    i64.or
    local.set $7
    local.get $0
    i32.const 8
    i32.add
    local.tee $0
    i32.const 29
    i32.ge_u
    if
     local.get $8
     i32.const 2
     i32.shl
     i32.const 66900
     i32.add
     local.get $7
     i64.const 536870911
     i64.and
     i64.store32
     local.get $7
     i64.const 29
     i64.shr_u
     local.set $7
     local.get $8
     i32.const 1
     i32.add
     local.set $8
     local.get $0
     i32.const 29
     i32.sub
     local.set $0
    end
    local.get $2
    i32.const 1
    i32.sub
    local.set $2
    br $for-loop|02
   end
  end
  i32.const 66932
  local.get $7
  i64.store32
  i32.const 66864
  i32.const 66864
  i32.const 46320
  call $assembly/pk/p256-mul/feMul
  i32.const 66900
  i32.const 66900
  i32.const 46320
  call $assembly/pk/p256-mul/feMul
  i32.const 56672
  i32.const 66900
  call $assembly/pk/p256-mul/feSqr
  i32.const 56720
  i32.const 66864
  call $assembly/pk/p256-mul/feSqr
  i32.const 56720
  i32.const 56720
  i32.const 66864
  call $assembly/pk/p256-mul/feMul
  i32.const 56768
  i32.const 66864
  i64.const 3
  call $assembly/pk/p256-field/feMulSmall
  i32.const 56720
  i32.const 56720
  i32.const 56768
  call $assembly/pk/p256-field/feSub
  i32.const 56720
  i32.const 56720
  i32.const 46464
  call $assembly/pk/p256-field/feAdd
  i32.const 56672
  i32.const 56720
  call $assembly/pk/p256-field/feEqual
  i32.eqz
  if
   i32.const 0
   return
  end
  i32.const 56528
  i32.const 66864
  i32.const 36
  memory.copy
  i32.const 56576
  i32.const 66900
  i32.const 36
  memory.copy
  i32.const 56624
  i32.const 46392
  i32.const 36
  memory.copy
  i32.const 0
  global.set $assembly/pk/p256/infinity
  i32.const 0
  local.set $0
  loop $for-loop|03
   local.get $0
   i32.const 4
   i32.lt_u
   if
    block $for-break0
     call $assembly/pk/p256/double
     local.get $0
     i32.const 216
     i32.mul
     i32.const 57648
     i32.add
     local.tee $2
     i32.const 56528
     i32.const 36
     memory.copy
     local.get $2
     i32.const 36
     i32.add
     i32.const 56576
     i32.const 36
     memory.copy
     local.get $2
     i32.const 72
     i32.add
     i32.const 56624
     i32.const 36
     memory.copy
     local.get $0
     i32.const 3
     i32.eq
     br_if $for-break0
     i32.const 1
     local.set $2
     loop $for-loop|1
      local.get $2
      i32.const 64
      i32.lt_s
      if
       call $assembly/pk/p256/double
       local.get $2
       i32.const 1
       i32.add
       local.set $2
       br $for-loop|1
      end
     end
     local.get $0
     i32.const 216
     i32.mul
     i32.const 57756
     i32.add
     local.tee $2
     i32.const 56528
     i32.const 36
     memory.copy
     local.get $2
     i32.const 36
     i32.add
     i32.const 56576
     i32.const 36
     memory.copy
     local.get $2
     i32.const 72
     i32.add
     i32.const 56624
     i32.const 36
     memory.copy
     local.get $0
     i32.const 1
     i32.add
     local.set $0
     br $for-loop|03
    end
   end
  end
  i32.const 7
  i32.const 66936
  call $assembly/pk/p256/batchToAffine
  i32.const 0
  local.set $0
  loop $for-loop|2
   local.get $0
   i32.const 4
   i32.lt_u
   if
    local.get $0
    i32.const 144
    i32.mul
    i32.const 66864
    i32.add
    local.tee $2
    i32.const 72
    i32.add
    local.set $4
    i32.const 56528
    local.get $2
    i32.const 36
    memory.copy
    i32.const 56576
    local.get $2
    i32.const 36
    i32.add
    i32.const 36
    memory.copy
    i32.const 56624
    i32.const 46392
    i32.const 36
    memory.copy
    i32.const 0
    global.set $assembly/pk/p256/infinity
    i32.const 0
    local.set $2
    loop $for-loop|3
     local.get $2
     i32.const 16
     i32.lt_u
     if
      local.get $2
      if
       local.get $4
       local.get $4
       i32.const 36
       i32.add
       call $assembly/pk/p256/addAffine
      end
      local.get $0
      i32.const 4
      i32.shl
      local.get $2
      i32.add
      i32.const 108
      i32.mul
      i32.const 57648
      i32.add
      local.tee $3
      i32.const 56528
      i32.const 36
      memory.copy
      local.get $3
      i32.const 36
      i32.add
      i32.const 56576
      i32.const 36
      memory.copy
      local.get $3
      i32.const 72
      i32.add
      i32.const 56624
      i32.const 36
      memory.copy
      local.get $2
      i32.const 1
      i32.add
      local.set $2
      br $for-loop|3
     end
    end
    local.get $0
    i32.const 1
    i32.add
    local.set $0
    br $for-loop|2
   end
  end
  i32.const 64
  local.get $1
  call $assembly/pk/p256/batchToAffine
  i32.const 1
 )
 (func $assembly/pk/p256-mul/scSqr (param $0 i32) (param $1 i32)
  (local $2 i64)
  (local $3 i64)
  (local $4 i64)
  (local $5 i64)
  (local $6 i64)
  (local $7 i64)
  (local $8 i64)
  (local $9 i64)
  (local $10 i64)
  (local $11 i64)
  (local $12 i64)
  (local $13 i64)
  (local $14 i64)
  (local $15 i64)
  (local $16 i64)
  (local $17 i64)
  (local $18 i64)
  (local $19 i64)
  (local $20 i64)
  (local $21 i64)
  (local $22 i64)
  (local $23 i64)
  local.get $1
  i64.load32_u
  local.tee $15
  local.get $15
  i64.mul
  local.tee $2
  i64.const 536870911
  i64.and
  i64.const 234929231
  i64.mul
  i64.const 536870911
  i64.and
  local.set $5
  local.get $1
  i64.load32_u offset=4
  local.tee $6
  i64.const 1
  i64.shl
  local.get $15
  i64.mul
  local.get $5
  i64.const 476259665
  i64.mul
  local.get $2
  i64.add
  i64.const 29
  i64.shr_s
  i64.add
  local.get $5
  i64.const 500061719
  i64.mul
  i64.add
  local.tee $2
  i64.const 536870911
  i64.and
  i64.const 234929231
  i64.mul
  i64.const 536870911
  i64.and
  local.set $7
  local.get $1
  i64.load32_u offset=8
  local.tee $16
  i64.const 1
  i64.shl
  local.tee $3
  local.get $15
  i64.mul
  local.get $6
  local.get $6
  i64.mul
  i64.add
  local.get $5
  i64.const 99066172
  i64.mul
  i64.add
  local.get $7
  i64.const 476259665
  i64.mul
  local.get $2
  i64.add
  i64.const 29
  i64.shr_s
  i64.add
  local.get $7
  i64.const 500061719
  i64.mul
  i64.add
  local.tee $2
  i64.const 536870911
  i64.and
  i64.const 234929231
  i64.mul
  i64.const 536870911
  i64.and
  local.set $8
  local.get $1
  i64.load32_u offset=12
  local.tee $17
  i64.const 1
  i64.shl
  local.tee $4
  local.get $15
  i64.mul
  local.get $3
  local.get $6
  i64.mul
  i64.add
  local.get $5
  i64.const 234183502
  i64.mul
  i64.add
  local.get $7
  i64.const 99066172
  i64.mul
  i64.add
  local.get $8
  i64.const 476259665
  i64.mul
  local.get $2
  i64.add
  i64.const 29
  i64.shr_s
  i64.add
  local.get $8
  i64.const 500061719
  i64.mul
  i64.add
  local.tee $2
  i64.const 536870911
  i64.and
  i64.const 234929231
  i64.mul
  i64.const 536870911
  i64.and
  local.set $9
  local.get $1
  i64.load32_u offset=16
  local.tee $18
  i64.const 1
  i64.shl
  local.tee $13
  local.get $15
  i64.mul
  local.get $4
  local.get $6
  i64.mul
  i64.add
  local.get $16
  local.get $16
  i64.mul
  i64.add
  local.get $5
  i64.const 536869838
  i64.mul
  i64.add
  local.get $7
  i64.const 234183502
  i64.mul
  i64.add
  local.get $8
  i64.const 99066172
  i64.mul
  i64.add
  local.get $9
  i64.const 476259665
  i64.mul
  local.get $2
  i64.add
  i64.const 29
  i64.shr_s
  i64.add
  local.get $9
  i64.const 500061719
  i64.mul
  i64.add
  local.tee $3
  i64.const 536870911
  i64.and
  i64.const 234929231
  i64.mul
  i64.const 536870911
  i64.and
  local.set $10
  local.get $1
  i64.load32_u offset=20
  local.tee $2
  i64.const 1
  i64.shl
  local.tee $19
  local.get $15
  i64.mul
  local.get $6
  local.get $13
  i64.mul
  i64.add
  local.get $4
  local.get $16
  i64.mul
  i64.add
  local.get $5
  i64.const 536870911
  i64.mul
  i64.add
  local.get $7
  i64.const 536869838
  i64.mul
  i64.add
  local.get $8
  i64.const 234183502
  i64.mul
  i64.add
  local.get $9
  i64.const 99066172
  i64.mul
  i64.add
  local.get $10
  i64.const 476259665
  i64.mul
  local.get $3
  i64.add
  i64.const 29
  i64.shr_s
  i64.add
  local.get $10
  i64.const 500061719
  i64.mul
  i64.add
  local.tee $4
  i64.const 536870911
  i64.and
  i64.const 234929231
  i64.mul
  i64.const 536870911
  i64.and
  local.set $11
  local.get $1
  i64.load32_u offset=24
  local.tee $3
  i64.const 1
  i64.shl
  local.tee $20
  local.get $15
  i64.mul
  local.get $6
  local.get $19
  i64.mul
  i64.add
  local.get $13
  local.get $16
  i64.mul
  i64.add
  local.get $17
  local.get $17
  i64.mul
  i64.add
  local.get $5
  i64.const 262143
  i64.mul
  i64.add
  local.get $7
  i64.const 536870911
  i64.mul
  i64.add
  local.get $8
  i64.const 536869838
  i64.mul
  i64.add
  local.get $9
  i64.const 234183502
  i64.mul
  i64.add
  local.get $10
  i64.const 99066172
  i64.mul
  i64.add
  local.get $11
  i64.const 476259665
  i64.mul
  local.get $4
  i64.add
  i64.const 29
  i64.shr_s
  i64.add
  local.get $11
  i64.const 500061719
  i64.mul
  i64.add
  local.tee $14
  i64.const 536870911
  i64.and
  i64.const 234929231
  i64.mul
  i64.const 536870911
  i64.and
  local.set $12
  local.get $1
  i64.load32_u offset=28
  local.tee $4
  i64.const 1
  i64.shl
  local.tee $21
  local.get $15
  i64.mul
  local.get $6
  local.get $20
  i64.mul
  i64.add
  local.get $16
  local.get $19
  i64.mul
  i64.add
  local.get $13
  local.get $17
  i64.mul
  i64.add
  local.get $5
  i64.const 534773760
  i64.mul
  i64.add
  local.get $7
  i64.const 262143
  i64.mul
  i64.add
  local.get $8
  i64.const 536870911
  i64.mul
  i64.add
  local.get $9
  i64.const 536869838
  i64.mul
  i64.add
  local.get $10
  i64.const 234183502
  i64.mul
  i64.add
  local.get $11
  i64.const 99066172
  i64.mul
  i64.add
  local.get $12
  i64.const 476259665
  i64.mul
  local.get $14
  i64.add
  i64.const 29
  i64.shr_s
  i64.add
  local.get $12
  i64.const 500061719
  i64.mul
  i64.add
  local.tee $22
  i64.const 536870911
  i64.and
  i64.const 234929231
  i64.mul
  i64.const 536870911
  i64.and
  local.set $13
  local.get $1
  i64.load32_u offset=32
  local.tee $23
  i64.const 1
  i64.shl
  local.tee $14
  local.get $15
  i64.mul
  local.get $6
  local.get $21
  i64.mul
  i64.add
  local.get $16
  local.get $20
  i64.mul
  i64.add
  local.get $17
  local.get $19
  i64.mul
  i64.add
  local.get $18
  local.get $18
  i64.mul
  i64.add
  local.get $5
  i64.const 16777215
  i64.mul
  i64.add
  local.get $7
  i64.const 534773760
  i64.mul
  i64.add
  local.get $8
  i64.const 262143
  i64.mul
  i64.add
  local.get $9
  i64.const 536870911
  i64.mul
  i64.add
  local.get $10
  i64.const 536869838
  i64.mul
  i64.add
  local.get $11
  i64.const 234183502
  i64.mul
  i64.add
  local.get $12
  i64.const 99066172
  i64.mul
  i64.add
  local.get $13
  i64.const 476259665
  i64.mul
  local.get $22
  i64.add
  i64.const 29
  i64.shr_s
  i64.add
  local.get $13
  i64.const 500061719
  i64.mul
  i64.add
  local.tee $5
  i64.const 536870911
  i64.and
  i64.const 234929231
  i64.mul
  i64.const 536870911
  i64.and
  local.set $15
  local.get $14
  local.get $16
  i64.mul
  local.get $17
  local.get $21
  i64.mul
  i64.add
  local.get $18
  local.get $20
  i64.mul
  i64.add
  local.get $2
  local.get $2
  i64.mul
  i64.add
  local.get $8
  i64.const 16777215
  i64.mul
  i64.add
  local.get $9
  i64.const 534773760
  i64.mul
  i64.add
  local.get $10
  i64.const 262143
  i64.mul
  i64.add
  local.get $11
  i64.const 536870911
  i64.mul
  i64.add
  local.get $12
  i64.const 536869838
  i64.mul
  i64.add
  local.get $13
  i64.const 234183502
  i64.mul
  i64.add
  local.get $15
  i64.const 99066172
  i64.mul
  i64.add
  local.get $6
  local.get $14
  i64.mul
  local.get $16
  local.get $21
  i64.mul
  i64.add
  local.get $17
  local.get $20
  i64.mul
  i64.add
  local.get $18
  local.get $19
  i64.mul
  i64.add
  local.get $7
  i64.const 16777215
  i64.mul
  i64.add
  local.get $8
  i64.const 534773760
  i64.mul
  i64.add
  local.get $9
  i64.const 262143
  i64.mul
  i64.add
  local.get $10
  i64.const 536870911
  i64.mul
  i64.add
  local.get $11
  i64.const 536869838
  i64.mul
  i64.add
  local.get $12
  i64.const 234183502
  i64.mul
  i64.add
  local.get $13
  i64.const 99066172
  i64.mul
  i64.add
  local.get $15
  i64.const 476259665
  i64.mul
  local.get $5
  i64.add
  i64.const 29
  i64.shr_s
  i64.add
  local.get $15
  i64.const 500061719
  i64.mul
  i64.add
  local.tee $5
  i64.const 29
  i64.shr_s
  i64.add
  local.set $6
  local.get $0
  local.get $5
  i64.const 536870911
  i64.and
  i64.store32
  local.get $0
  local.get $6
  i64.const 536870911
  i64.and
  i64.store32 offset=4
  local.get $14
  local.get $18
  i64.mul
  local.get $2
  local.get $21
  i64.mul
  i64.add
  local.get $3
  local.get $3
  i64.mul
  i64.add
  local.get $10
  i64.const 16777215
  i64.mul
  i64.add
  local.get $11
  i64.const 534773760
  i64.mul
  i64.add
  local.get $12
  i64.const 262143
  i64.mul
  i64.add
  local.get $13
  i64.const 536870911
  i64.mul
  i64.add
  local.get $15
  i64.const 536869838
  i64.mul
  i64.add
  local.get $14
  local.get $17
  i64.mul
  local.get $18
  local.get $21
  i64.mul
  i64.add
  local.get $2
  local.get $20
  i64.mul
  i64.add
  local.get $9
  i64.const 16777215
  i64.mul
  i64.add
  local.get $10
  i64.const 534773760
  i64.mul
  i64.add
  local.get $11
  i64.const 262143
  i64.mul
  i64.add
  local.get $12
  i64.const 536870911
  i64.mul
  i64.add
  local.get $13
  i64.const 536869838
  i64.mul
  i64.add
  local.get $15
  i64.const 234183502
  i64.mul
  i64.add
  local.get $6
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $5
  i64.const 29
  i64.shr_s
  i64.add
  local.set $6
  local.get $0
  local.get $5
  i64.const 536870911
  i64.and
  i64.store32 offset=8
  local.get $0
  local.get $6
  i64.const 536870911
  i64.and
  i64.store32 offset=12
  local.get $3
  local.get $14
  i64.mul
  local.get $4
  local.get $4
  i64.mul
  i64.add
  local.get $12
  i64.const 16777215
  i64.mul
  i64.add
  local.get $13
  i64.const 534773760
  i64.mul
  i64.add
  local.get $15
  i64.const 262143
  i64.mul
  i64.add
  local.get $2
  local.get $14
  i64.mul
  local.get $3
  local.get $21
  i64.mul
  i64.add
  local.get $11
  i64.const 16777215
  i64.mul
  i64.add
  local.get $12
  i64.const 534773760
  i64.mul
  i64.add
  local.get $13
  i64.const 262143
  i64.mul
  i64.add
  local.get $15
  i64.const 536870911
  i64.mul
  i64.add
  local.get $6
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $2
  i64.const 29
  i64.shr_s
  i64.add
  local.set $3
  local.get $0
  local.get $2
  i64.const 536870911
  i64.and
  i64.store32 offset=16
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=20
  local.get $15
  i64.const 16777215
  i64.mul
  local.get $23
  local.get $23
  i64.mul
  i64.add
  local.get $13
  i64.const 16777215
  i64.mul
  local.get $4
  local.get $14
  i64.mul
  i64.add
  local.get $15
  i64.const 534773760
  i64.mul
  i64.add
  local.get $3
  i64.const 29
  i64.shr_s
  i64.add
  local.tee $2
  i64.const 29
  i64.shr_s
  i64.add
  local.set $3
  local.get $0
  local.get $2
  i64.const 536870911
  i64.and
  i64.store32 offset=24
  local.get $0
  local.get $3
  i64.const 536870911
  i64.and
  i64.store32 offset=28
  local.get $0
  local.get $3
  i64.const 29
  i64.shr_s
  i64.store32 offset=32
 )
 (func $assembly/pk/index/verifyMessage (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  local.get $1
  i32.const 0
  i32.lt_s
  local.get $1
  i32.const 65536
  i32.gt_s
  i32.or
  local.get $2
  i32.const 0
  i32.lt_s
  i32.or
  local.get $2
  i32.const 1024
  i32.gt_s
  i32.or
  if
   i32.const 0
   return
  end
  local.get $0
  global.get $assembly/layout/IN
  local.get $1
  global.get $assembly/layout/OUT
  local.get $2
  call $assembly/pk/algorithms/verifyWith
  i32.const 0
  i32.ne
 )
 (func $assembly/pk/index/resPtr (result i32)
  global.get $assembly/layout/RES
 )
 (func $assembly/pk/index/outPtr (result i32)
  global.get $assembly/layout/OUT
 )
 (func $assembly/pk/index/membersPtr (result i32)
  global.get $assembly/json/MEMBERS
 )
 (func $assembly/pk/index/maxSignature (result i32)
  i32.const 1024
 )
 (func $assembly/pk/index/keyPtr (result i32)
  global.get $assembly/pk/layout/KEY
 )
 (func $assembly/pk/index/inPtr (result i32)
  global.get $assembly/layout/IN
 )
 (func $assembly/pk/index/importEd25519Key (result i32)
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  global.get $assembly/pk/layout/KEY
  local.set $1
  i32.const 1
  local.set $0
  block $__inlined_func$assembly/pk/ed25519/importEd25519$154
   global.get $assembly/layout/IN
   local.tee $2
   call $assembly/pk/edwards25519/decodePoint
   local.tee $3
   i32.const 1
   i32.eq
   br_if $__inlined_func$assembly/pk/ed25519/importEd25519$154
   i32.const 2
   local.set $0
   local.get $3
   br_if $__inlined_func$assembly/pk/ed25519/importEd25519$154
   i32.const 33920
   i32.const 45696
   i32.const 40
   memory.copy
   i32.const 33960
   i32.const 45736
   i32.const 40
   memory.copy
   i32.const 34000
   i32.const 45776
   i32.const 40
   memory.copy
   i32.const 0
   local.set $0
   loop $for-loop|0
    local.get $0
    i32.const 3
    i32.lt_s
    if
     call $assembly/pk/edwards25519/dbl
     call $assembly/pk/edwards25519/toP2
     local.get $0
     i32.const 1
     i32.add
     local.set $0
     br $for-loop|0
    end
   end
   i32.const 3
   local.set $0
   i32.const 33920
   call $assembly/pk/f25519/feIsZero
   if (result i32)
    i32.const 33960
    i32.const 34000
    call $assembly/pk/f25519/feEqual
   else
    i32.const 0
   end
   br_if $__inlined_func$assembly/pk/ed25519/importEd25519$154
   local.get $1
   i32.const 3
   i32.store
   local.get $1
   i32.const 4
   i32.add
   i32.const 0
   i32.const 28
   memory.fill
   local.get $1
   i32.const 32
   i32.add
   local.get $2
   i32.const 32
   memory.copy
   local.get $1
   i32.const -64
   i32.sub
   i32.const 45696
   call $assembly/pk/edwards25519/buildTable
   call $assembly/pk/edwards25519/baseTable
   i32.const 0
   local.set $0
  end
  local.get $0
 )
 (func $assembly/pk/index/importEcP521 (result i32)
  global.get $assembly/pk/layout/KEY
  i32.const 0
  i32.store
  global.get $assembly/pk/p521/gReady
  i32.eqz
  if
   i32.const 90048
   i32.const 117296
   call $assembly/pk/p521/importPoint
   global.set $assembly/pk/p521/gReady
  end
  global.get $assembly/layout/IN
  global.get $assembly/pk/layout/KEY
  i32.const 16
  i32.add
  call $assembly/pk/p521/importPoint
  if (result i32)
   global.get $assembly/pk/layout/KEY
   i32.const 5
   i32.store
   i32.const 10384
  else
   i32.const 0
  end
 )
 (func $assembly/pk/index/importEcP384 (result i32)
  global.get $assembly/pk/layout/KEY
  i32.const 0
  i32.store
  global.get $assembly/pk/p384/gReady
  i32.eqz
  if
   i32.const 68460
   i32.const 83456
   call $assembly/pk/p384/importPoint
   global.set $assembly/pk/p384/gReady
  end
  global.get $assembly/layout/IN
  global.get $assembly/pk/layout/KEY
  i32.const 16
  i32.add
  call $assembly/pk/p384/importPoint
  if (result i32)
   global.get $assembly/pk/layout/KEY
   i32.const 4
   i32.store
   i32.const 5392
  else
   i32.const 0
  end
 )
 (func $assembly/pk/index/importEcP256 (result i32)
  global.get $assembly/pk/layout/KEY
  i32.const 0
  i32.store
  global.get $assembly/layout/IN
  global.get $assembly/pk/layout/KEY
  i32.const 16
  i32.add
  call $assembly/pk/p256/p256ImportKey
  if (result i32)
   global.get $assembly/pk/layout/KEY
   i32.const 2
   i32.store
   i32.const 4624
  else
   i32.const 0
  end
 )
 (func $assembly/pk/index/ed25519KeyBytes (result i32)
  i32.const 30784
 )
 (func $assembly/pk/index/decode (param $0 i32) (result i32)
  global.get $assembly/layout/IN
  local.get $0
  global.get $assembly/layout/DEC
  call $assembly/base64url/decode
 )
 (func $assembly/pk/index/decPtr (result i32)
  global.get $assembly/layout/DEC
 )
 (func $assembly/pk/f25519/feSq2
  (local $0 i64)
  (local $1 i64)
  (local $2 i64)
  (local $3 i64)
  (local $4 i64)
  (local $5 i64)
  (local $6 i64)
  (local $7 i64)
  (local $8 i64)
  (local $9 i64)
  (local $10 i64)
  (local $11 i64)
  (local $12 i64)
  (local $13 i64)
  (local $14 i64)
  (local $15 i64)
  (local $16 i64)
  (local $17 i64)
  (local $18 i64)
  (local $19 i64)
  (local $20 i64)
  (local $21 i64)
  (local $22 i64)
  (local $23 i64)
  (local $24 i64)
  (local $25 i64)
  (local $26 i64)
  (local $27 i64)
  (local $28 i64)
  i32.const 34028
  i64.load32_s
  local.tee $14
  i64.const 1
  i64.shl
  local.set $15
  i32.const 34008
  i64.load32_s
  local.tee $16
  i64.const 1
  i64.shl
  local.set $17
  i32.const 34024
  i64.load32_s
  local.tee $7
  i64.const 19
  i64.mul
  local.set $18
  i32.const 34016
  i64.load32_s
  local.tee $8
  i64.const 1
  i64.shl
  local.set $0
  i32.const 34000
  i64.load32_s
  local.tee $13
  i64.const 1
  i64.shl
  local.tee $9
  local.get $8
  i64.mul
  i32.const 34004
  i64.load32_s
  local.tee $19
  i64.const 1
  i64.shl
  local.tee $10
  i32.const 34012
  i64.load32_s
  local.tee $20
  i64.const 1
  i64.shl
  local.tee $11
  i64.mul
  i64.add
  local.get $16
  local.get $16
  i64.mul
  i64.add
  i32.const 34036
  i64.load32_s
  local.tee $1
  i64.const 38
  i64.mul
  local.tee $12
  i32.const 34020
  i64.load32_s
  local.tee $21
  i64.const 1
  i64.shl
  local.tee $22
  i64.mul
  i64.add
  i32.const 34032
  i64.load32_s
  local.tee $23
  i64.const 19
  i64.mul
  local.tee $24
  local.get $7
  i64.const 1
  i64.shl
  i64.mul
  i64.add
  local.get $14
  i64.const 38
  i64.mul
  local.tee $25
  local.get $14
  i64.mul
  i64.add
  i64.const 1
  i64.shl
  local.tee $26
  i64.const 33554432
  i64.add
  i64.const 26
  i64.shr_s
  local.tee $27
  local.get $9
  local.get $21
  i64.mul
  local.get $8
  local.get $10
  i64.mul
  i64.add
  local.get $17
  local.get $20
  i64.mul
  i64.add
  local.get $7
  local.get $12
  i64.mul
  i64.add
  local.get $15
  local.get $24
  i64.mul
  i64.add
  i64.const 1
  i64.shl
  i64.add
  local.tee $3
  i64.const 16777216
  i64.add
  i64.const 25
  i64.shr_s
  local.tee $4
  local.get $7
  local.get $9
  i64.mul
  local.get $10
  local.get $22
  i64.mul
  i64.add
  local.get $8
  local.get $17
  i64.mul
  i64.add
  local.get $11
  local.get $20
  i64.mul
  i64.add
  local.get $12
  local.get $15
  i64.mul
  i64.add
  local.get $23
  local.get $24
  i64.mul
  i64.add
  i64.const 1
  i64.shl
  i64.add
  local.tee $5
  i64.const 33554432
  i64.add
  i64.const 26
  i64.shr_s
  local.tee $6
  local.get $9
  local.get $14
  i64.mul
  local.get $7
  local.get $10
  i64.mul
  i64.add
  local.get $17
  local.get $21
  i64.mul
  i64.add
  local.get $8
  local.get $11
  i64.mul
  i64.add
  local.get $12
  local.get $23
  i64.mul
  i64.add
  i64.const 1
  i64.shl
  i64.add
  local.set $2
  local.get $26
  local.get $27
  i64.const 26
  i64.shl
  i64.sub
  local.get $13
  local.get $13
  i64.mul
  local.get $10
  local.get $12
  i64.mul
  i64.add
  local.get $17
  local.get $24
  i64.mul
  i64.add
  local.get $11
  local.get $25
  i64.mul
  i64.add
  local.get $0
  local.get $18
  i64.mul
  i64.add
  local.get $21
  local.get $21
  i64.const 38
  i64.mul
  i64.mul
  i64.add
  i64.const 1
  i64.shl
  local.tee $26
  i64.const 33554432
  i64.add
  i64.const 26
  i64.shr_s
  local.tee $27
  local.get $9
  local.get $19
  i64.mul
  local.get $12
  local.get $16
  i64.mul
  i64.add
  local.get $11
  local.get $24
  i64.mul
  i64.add
  local.get $8
  local.get $25
  i64.mul
  i64.add
  local.get $18
  local.get $22
  i64.mul
  i64.add
  i64.const 1
  i64.shl
  i64.add
  local.tee $13
  i64.const 16777216
  i64.add
  i64.const 25
  i64.shr_s
  local.tee $28
  local.get $9
  local.get $16
  i64.mul
  local.get $10
  local.get $19
  i64.mul
  i64.add
  local.get $11
  local.get $12
  i64.mul
  i64.add
  local.get $0
  local.get $24
  i64.mul
  i64.add
  local.get $22
  local.get $25
  i64.mul
  i64.add
  local.get $7
  local.get $18
  i64.mul
  i64.add
  i64.const 1
  i64.shl
  i64.add
  local.tee $18
  i64.const 33554432
  i64.add
  i64.const 26
  i64.shr_s
  local.tee $19
  local.get $9
  local.get $20
  i64.mul
  local.get $10
  local.get $16
  i64.mul
  i64.add
  local.get $8
  local.get $12
  i64.mul
  i64.add
  local.get $22
  local.get $24
  i64.mul
  i64.add
  local.get $7
  local.get $25
  i64.mul
  i64.add
  i64.const 1
  i64.shl
  i64.add
  local.tee $16
  i64.const 16777216
  i64.add
  i64.const 25
  i64.shr_s
  local.tee $20
  i64.add
  local.tee $24
  i64.const 33554432
  i64.add
  i64.const 26
  i64.shr_s
  local.set $25
  local.get $26
  local.get $27
  i64.const 26
  i64.shl
  i64.sub
  local.get $2
  i64.const 16777216
  i64.add
  i64.const 25
  i64.shr_s
  local.tee $26
  local.get $9
  local.get $23
  i64.mul
  local.get $10
  local.get $15
  i64.mul
  i64.add
  local.get $7
  local.get $17
  i64.mul
  i64.add
  local.get $11
  local.get $22
  i64.mul
  i64.add
  local.get $8
  local.get $8
  i64.mul
  i64.add
  local.get $1
  local.get $12
  i64.mul
  i64.add
  i64.const 1
  i64.shl
  i64.add
  local.tee $8
  i64.const 33554432
  i64.add
  i64.const 26
  i64.shr_s
  local.tee $12
  local.get $1
  local.get $9
  i64.mul
  local.get $10
  local.get $23
  i64.mul
  i64.add
  local.get $14
  local.get $17
  i64.mul
  i64.add
  local.get $7
  local.get $11
  i64.mul
  i64.add
  local.get $0
  local.get $21
  i64.mul
  i64.add
  i64.const 1
  i64.shl
  i64.add
  local.tee $0
  i64.const 16777216
  i64.add
  i64.const 25
  i64.shr_s
  local.tee $1
  i64.const 19
  i64.mul
  i64.add
  local.tee $7
  i64.const 33554432
  i64.add
  i64.const 26
  i64.shr_s
  local.set $9
  i32.const 34200
  local.get $7
  local.get $9
  i64.const 26
  i64.shl
  i64.sub
  i64.store32
  i32.const 34204
  local.get $13
  local.get $28
  i64.const 25
  i64.shl
  i64.sub
  local.get $9
  i64.add
  i64.store32
  i32.const 34208
  local.get $18
  local.get $19
  i64.const 26
  i64.shl
  i64.sub
  i64.store32
  i32.const 34212
  local.get $16
  local.get $20
  i64.const 25
  i64.shl
  i64.sub
  i64.store32
  i32.const 34216
  local.get $24
  local.get $25
  i64.const 26
  i64.shl
  i64.sub
  i64.store32
  i32.const 34220
  local.get $3
  local.get $4
  i64.const 25
  i64.shl
  i64.sub
  local.get $25
  i64.add
  i64.store32
  i32.const 34224
  local.get $5
  local.get $6
  i64.const 26
  i64.shl
  i64.sub
  i64.store32
  i32.const 34228
  local.get $2
  local.get $26
  i64.const 25
  i64.shl
  i64.sub
  i64.store32
  i32.const 34232
  local.get $8
  local.get $12
  i64.const 26
  i64.shl
  i64.sub
  i64.store32
  i32.const 34236
  local.get $0
  local.get $1
  i64.const 25
  i64.shl
  i64.sub
  i64.store32
 )
 (func $assembly/pk/edwards25519/doubleScalarMul (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  call $assembly/pk/edwards25519/baseTable
  i32.const 45632
  i32.const 0
  i32.const 32
  memory.fill
  loop $for-loop|0
   local.get $3
   i32.const 8
   i32.lt_s
   if
    local.get $0
    local.get $3
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.set $5
    i32.const 0
    local.set $2
    loop $for-loop|1
     local.get $2
     i32.const 32
     i32.lt_s
     if
      local.get $2
      i32.const 45632
      i32.add
      local.tee $4
      local.get $4
      i32.load8_u
      local.get $5
      local.get $2
      i32.shr_u
      i32.const 1
      i32.and
      local.get $3
      i32.shl
      i32.or
      i32.store8
      local.get $2
      i32.const 1
      i32.add
      local.set $2
      br $for-loop|1
     end
    end
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|0
   end
  end
  i32.const 45664
  i32.const 0
  i32.const 32
  memory.fill
  i32.const 0
  local.set $2
  loop $for-loop|00
   local.get $2
   i32.const 8
   i32.lt_s
   if
    local.get $2
    i32.const 2
    i32.shl
    i32.const 46112
    i32.add
    i32.load
    local.set $3
    i32.const 0
    local.set $0
    loop $for-loop|11
     local.get $0
     i32.const 32
     i32.lt_s
     if
      local.get $0
      i32.const 45664
      i32.add
      local.tee $4
      local.get $4
      i32.load8_u
      local.get $3
      local.get $0
      i32.shr_u
      i32.const 1
      i32.and
      local.get $2
      i32.shl
      i32.or
      i32.store8
      local.get $0
      i32.const 1
      i32.add
      local.set $0
      br $for-loop|11
     end
    end
    local.get $2
    i32.const 1
    i32.add
    local.set $2
    br $for-loop|00
   end
  end
  i32.const 33920
  i32.const 0
  i32.const 40
  memory.fill
  i32.const 33960
  i32.const 0
  i32.const 40
  memory.fill
  i32.const 33960
  i32.const 1
  i32.store
  i32.const 34000
  i32.const 0
  i32.const 40
  memory.fill
  i32.const 34000
  i32.const 1
  i32.store
  i32.const 34040
  i32.const 0
  i32.const 40
  memory.fill
  i32.const 31
  local.set $0
  loop $for-loop|02
   local.get $0
   i32.const 0
   i32.ge_s
   if
    local.get $0
    i32.const 45632
    i32.add
    i32.load8_u
    local.set $2
    local.get $0
    i32.const 45664
    i32.add
    i32.load8_u
    local.set $3
    local.get $0
    i32.const 31
    i32.ne
    if
     call $assembly/pk/edwards25519/dbl
     local.get $2
     local.get $3
     i32.or
     if
      call $assembly/pk/edwards25519/toP3
     else
      call $assembly/pk/edwards25519/toP2
     end
    end
    local.get $2
    if
     local.get $2
     i32.const 120
     i32.mul
     i32.const 3200
     i32.add
     i32.const 0
     call $assembly/pk/edwards25519/madd
     local.get $3
     if
      call $assembly/pk/edwards25519/toP3
     else
      call $assembly/pk/edwards25519/toP2
     end
    end
    local.get $3
    if
     local.get $1
     local.get $3
     i32.const 120
     i32.mul
     i32.add
     i32.const 1
     call $assembly/pk/edwards25519/madd
     call $assembly/pk/edwards25519/toP2
    end
    local.get $0
    i32.const 1
    i32.sub
    local.set $0
    br $for-loop|02
   end
  end
  i32.const 34000
  call $assembly/pk/f25519/chain250
  i32.const 2864
  i32.const 2864
  i32.const 5
  call $assembly/pk/f25519/feSqN
  i32.const 34288
  i32.const 2864
  i32.const 2816
  call $assembly/pk/f25519/feMul
  i32.const 34336
  i32.const 33920
  i32.const 34288
  call $assembly/pk/f25519/feMul
  i32.const 34384
  i32.const 33960
  i32.const 34288
  call $assembly/pk/f25519/feMul
  i32.const 46144
  i32.const 34384
  call $assembly/pk/f25519/feToBytes
  i32.const 3008
  i32.const 34336
  call $assembly/pk/f25519/feToBytes
  i32.const 3008
  i32.load8_u
  i32.const 1
  i32.and
  if
   i32.const 46175
   i32.const 46175
   i32.load8_u
   i32.const 128
   i32.or
   i32.store8
  end
 )
 (func $assembly/pk/edwards25519/decodePoint (param $0 i32) (result i32)
  (local $1 i32)
  (local $2 i32)
  block $__inlined_func$assembly/pk/f25519/isCanonical$144 (result i32)
   i32.const 1
   local.get $0
   i32.load8_u offset=31
   i32.const 127
   i32.and
   i32.const 127
   i32.ne
   br_if $__inlined_func$assembly/pk/f25519/isCanonical$144
   drop
   i32.const 1
   local.set $1
   loop $for-loop|0
    local.get $1
    i32.const 31
    i32.lt_u
    if
     i32.const 1
     local.get $0
     local.get $1
     i32.add
     i32.load8_u
     i32.const 255
     i32.ne
     br_if $__inlined_func$assembly/pk/f25519/isCanonical$144
     drop
     local.get $1
     i32.const 1
     i32.add
     local.set $1
     br $for-loop|0
    end
   end
   local.get $0
   i32.load8_u
   i32.const 237
   i32.lt_u
  end
  i32.eqz
  if
   i32.const 1
   return
  end
  i32.const 45736
  local.get $0
  i32.load
  i32.const 67108863
  i32.and
  i32.store
  i32.const 45740
  local.get $0
  i32.load offset=3
  i32.const 2
  i32.shr_u
  i32.const 33554431
  i32.and
  i32.store
  i32.const 45744
  local.get $0
  i32.load offset=6
  i32.const 3
  i32.shr_u
  i32.const 67108863
  i32.and
  i32.store
  i32.const 45748
  local.get $0
  i32.load offset=9
  i32.const 5
  i32.shr_u
  i32.const 33554431
  i32.and
  i32.store
  i32.const 45752
  local.get $0
  i32.load offset=12
  i32.const 6
  i32.shr_u
  i32.store
  i32.const 45756
  local.get $0
  i32.load offset=16
  i32.const 33554431
  i32.and
  i32.store
  i32.const 45760
  local.get $0
  i32.load offset=19
  i32.const 1
  i32.shr_u
  i32.const 67108863
  i32.and
  i32.store
  i32.const 45764
  local.get $0
  i32.load offset=22
  i32.const 3
  i32.shr_u
  i32.const 33554431
  i32.and
  i32.store
  i32.const 45768
  local.get $0
  i32.load offset=25
  i32.const 4
  i32.shr_u
  i32.const 67108863
  i32.and
  i32.store
  i32.const 45772
  local.get $0
  i32.load offset=28
  i32.const 6
  i32.shr_u
  i32.const 33554431
  i32.and
  i32.store
  i32.const 45736
  i32.const 45736
  call $assembly/pk/f25519/feCarry
  i32.const 45776
  i32.const 0
  i32.const 40
  memory.fill
  i32.const 45776
  i32.const 1
  i32.store
  i32.const 34288
  i32.const 45736
  call $assembly/pk/f25519/feSq
  i32.const 34336
  i32.const 34288
  i32.const 2688
  call $assembly/pk/f25519/feMul
  i32.const 34288
  i32.const 34288
  v128.load
  i32.const 45776
  v128.load
  i32x4.sub
  v128.store
  i32.const 34304
  i32.const 34304
  v128.load
  i32.const 45792
  v128.load
  i32x4.sub
  v128.store
  i32.const 34320
  i32.const 34320
  i32.load
  i32.const 45808
  i32.load
  i32.sub
  i32.store
  i32.const 34324
  i32.const 34324
  i32.load
  i32.const 45812
  i32.load
  i32.sub
  i32.store
  i32.const 34336
  i32.const 34336
  v128.load
  i32.const 45776
  v128.load
  i32x4.add
  v128.store
  i32.const 34352
  i32.const 34352
  v128.load
  i32.const 45792
  v128.load
  i32x4.add
  v128.store
  i32.const 34368
  i32.const 34368
  i32.load
  i32.const 45808
  i32.load
  i32.add
  i32.store
  i32.const 34372
  i32.const 34372
  i32.load
  i32.const 45812
  i32.load
  i32.add
  i32.store
  i32.const 34384
  i32.const 34336
  call $assembly/pk/f25519/feSq
  i32.const 34384
  i32.const 34384
  i32.const 34336
  call $assembly/pk/f25519/feMul
  i32.const 45696
  i32.const 34384
  call $assembly/pk/f25519/feSq
  i32.const 45696
  i32.const 45696
  i32.const 34336
  call $assembly/pk/f25519/feMul
  i32.const 45696
  i32.const 45696
  i32.const 34288
  call $assembly/pk/f25519/feMul
  i32.const 45696
  call $assembly/pk/f25519/chain250
  i32.const 2864
  i32.const 2864
  i32.const 2
  call $assembly/pk/f25519/feSqN
  i32.const 45696
  i32.const 2864
  i32.const 45696
  call $assembly/pk/f25519/feMul
  i32.const 45696
  i32.const 45696
  i32.const 34384
  call $assembly/pk/f25519/feMul
  i32.const 45696
  i32.const 45696
  i32.const 34288
  call $assembly/pk/f25519/feMul
  i32.const 34384
  i32.const 45696
  call $assembly/pk/f25519/feSq
  i32.const 34384
  i32.const 34384
  i32.const 34336
  call $assembly/pk/f25519/feMul
  i32.const 34384
  i32.const 34288
  call $assembly/pk/f25519/feEqual
  i32.eqz
  if
   i32.const 0
   local.set $1
   loop $for-loop|00
    local.get $1
    i32.const 40
    i32.lt_u
    if
     local.get $1
     i32.const 34288
     i32.add
     local.tee $2
     i32.const 0
     local.get $2
     i32.load
     i32.sub
     i32.store
     local.get $1
     i32.const 4
     i32.add
     local.set $1
     br $for-loop|00
    end
   end
   i32.const 34384
   i32.const 34288
   call $assembly/pk/f25519/feEqual
   i32.eqz
   if
    i32.const 2
    return
   end
   i32.const 45696
   i32.const 45696
   i32.const 2768
   call $assembly/pk/f25519/feMul
  end
  local.get $0
  i32.load8_u offset=31
  i32.const 7
  i32.shr_u
  local.tee $0
  if (result i32)
   i32.const 45696
   call $assembly/pk/f25519/feIsZero
  else
   i32.const 0
  end
  if
   i32.const 1
   return
  end
  i32.const 3008
  i32.const 45696
  call $assembly/pk/f25519/feToBytes
  local.get $0
  i32.const 3008
  i32.load8_u
  i32.const 1
  i32.and
  i32.ne
  if
   i32.const 0
   local.set $0
   loop $for-loop|01
    local.get $0
    i32.const 40
    i32.lt_u
    if
     local.get $0
     i32.const 45696
     i32.add
     local.tee $1
     i32.const 0
     local.get $1
     i32.load
     i32.sub
     i32.store
     local.get $0
     i32.const 4
     i32.add
     local.set $0
     br $for-loop|01
    end
   end
  end
  i32.const 45816
  i32.const 45696
  i32.const 45736
  call $assembly/pk/f25519/feMul
  i32.const 0
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
  block $__inlined_func$assembly/names/nameId$182
   local.get $6
   i32.const 64
   i32.gt_u
   br_if $__inlined_func$assembly/names/nameId$182
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
     br_if $__inlined_func$assembly/names/nameId$182
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
)
