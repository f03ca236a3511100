#!/usr/bin/env python3
"""Writes src/test/resources/parity/diverse.txt, the parity corpus: one input per line.
Deterministic (fixed seed); lines are escaped nowhere: control chars are written raw,
except that a line never contains \\n or \\r (those are tested inside lines via U+2028 etc.)."""
import random
random.seed(20240601)
L = []
add = L.append
add("Walker walked a long walk")
add("This framework generates embeddings for each input sentence")
add("hello world what a time to be alive!")
add("")
add("   ")
add("\t \t")
add("\u00a0\u3000\u2003 ")
# accents and combining marks
add("Héllo Wörld, naïve café, résumé, Ångström, Øresund, Þórr, straße, ĳssel")
add("e\u0301 a\u0300 o\u0302\u0323 u\u0308\u0304 A\u030a n\u0303 combining: x\u0301\u0302\u0303\u0304y")
add("Ǆ ǅ ǆ ﬁ ﬂ ﬀ ﬃ ẞ İstanbul ıi ΣΑΣ σας ς")
add("Crème brûlée à la carte — déjà vu; São Paulo; Kraków; Dvořák; Łódź")
add("Zalgo: Z\u0351\u0348\u036a\u0336a\u035b\u0314l\u0304\u0352g\u034co\u0358\u0353!")
# CJK
add("日本語のテキストと中文文本，还有한국어 텍스트。")
add("我爱北京天安门。東京都庁は新宿にあります。")
add("𠀋𡈽𡌛 CJK Ext B: 𠮷野家 and compatibility 﨑 豈")
add("ｆｕｌｌ－ｗｉｄｔｈ ＡＢＣ１２３！？ halfwidth ｶﾀｶﾅ")
# RTL
add("مرحبا بالعالم! هذا نص عربي مع تشكيل: مُحَمَّدٌ")
add("שלום עולם! טקסט בעברית עם ניקוד: שָׁלוֹם")
add("Mixed RTL: abc מילים 123 كلمات def")
# Thai, Hindi, others
add("ภาษาไทยไม่มีการเว้นวรรคระหว่างคำ สวัสดีครับ")
add("हिन्दी में लिखा गया पाठ। नमस्ते दुनिया!")
add("Русский текст: Привет, мир! Ёжик в тумане.")
add("Ελληνικά: Γειά σου Κόσμε! ΑΒΓΔ αβγδ")
add("Tiếng Việt có nhiều dấu: Xin chào thế giới")
add("ქართული ენა, Հայերեն, አማርኛ, ᏣᎳᎩ, ᠮᠣᠩᠭᠣᠯ")
# emoji
add("Emoji: 😀 😃 👍🏽 ❤️ ✨ 🎉")
add("ZWJ families: 👨‍👩‍👧‍👦 👩‍❤️‍💋‍👨 🧑🏿‍🚀 🏳️‍🌈 🏴‍☠️")
add("Flags: 🇫🇷 🇯🇵 🇺🇸 🇩🇪 🏴󠁧󠁢󠁳󠁣󠁴󠁿 keycaps 1️⃣ #️⃣")
add("a😀b c👍🏽d 🥰🥳🧠 🫠 🪿")
# control and zero-width
add("zero\u200bwidth\u200cnon\u200djoiner\u2060word\ufeffjoiner")
add("control\u0001chars\u0007bell\u001bescape\u007fdel\u0085nel\u0000nul")
add("replacement \ufffd char and private use \ue000\uf8ff and soft\u00adhyphen")
add("bidi \u202aLRE\u202c \u200eLRM\u200f \u2066isolate\u2069")
add("line\u2028separator\u2029paragraph\u000bvertical\u000cform")
add("tab\there\tand  double  spaces   triple")
# punctuation, numbers
add("Punctuation!!! ... ??? ¿¡ «quotes» „German“ ‘single’ “double” — – - ‐ ‑")
add("Numbers: 3.14159, 1,000,000, 1e-10, ½ ¾ ², ٣٤٥, ५६७, Ⅻ, ①②")
add("Code: def f(x): return x**2 + 1; // comment /* block */ <html></html> a_b-c.d")
add("URLs: https://example.com/path?query=1&b=2#frag email@example.org @user #hashtag")
add("Math: ∀x∈ℝ, ∃y: x² + y² ≤ 1 ⇒ ∑ᵢ aᵢ ≠ ∞ ∫f(x)dx")
add("Currency: $100 €50 £30 ¥1000 ₹500 ₿0.5")
add("[MASK] [CLS] [SEP] [PAD] [UNK] the [MASK] is [mask] and[MASK]in word")
add("Special-ish: [MASK][MASK] [[MASK]] x[SEP]y")
# long words
add("a" * 99 + " " + "b" * 100 + " " + "c" * 101)
add("Pneumonoultramicroscopicsilicovolcanoconiosis " + "supercalifragilistic" * 8)
add("é" * 120 + " " + "日" * 30)
add("x" * 250)
# mixed scripts in one word
add("mixedСкриптыword abc日本def 123abc abc123")
# random sentences
words = ("the of and a to in is you that it he was for on are as with his they I at be this have from "
         "or one had by word but not what all were we when your can said there use an each which she do how "
         "their if will up other about out many then them these so some her would make like him into time has "
         "look two more write go see number no way could people my than first water been call who oil its now").split()
for n in (5, 20, 60, 200):
    add(" ".join(random.choice(words) for _ in range(n)).capitalize() + ".")
# 2,000-word lines that truncate
for k in range(3):
    add(" ".join(random.choice(words) for _ in range(2000)))
add(" ".join(random.choice(["日本", "中文", "テスト", "한국어", "émoji😀", "naïve"]) for _ in range(2000)))
# random code point soup from assorted blocks
blocks = [(0x20, 0x7e), (0xa0, 0x17f), (0x300, 0x36f), (0x370, 0x3ff), (0x400, 0x4ff), (0x590, 0x5ff),
          (0x600, 0x6ff), (0x900, 0x97f), (0xe00, 0xe7f), (0x1100, 0x11ff), (0x2000, 0x206f), (0x3000, 0x30ff),
          (0x4e00, 0x4fff), (0xac00, 0xacff), (0xff00, 0xffef), (0x1f300, 0x1f6ff), (0x1f900, 0x1f9ff),
          (0x20000, 0x200ff)]
for _ in range(40):
    s = []
    for _ in range(random.randint(1, 60)):
        a, b = random.choice(blocks)
        c = random.randint(a, b)
        if c in (0x0a, 0x0d, 0x85, 0x2028, 0x2029):
            c = 0x20
        s.append(chr(c))
    add("".join(s))
with open("src/test/resources/parity/diverse.txt", "w", encoding="utf-8", newline="\n") as f:
    for line in L:
        assert "\n" not in line and "\r" not in line
        f.write(line + "\n")
print(len(L), "lines")
