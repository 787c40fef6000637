#!/usr/bin/env python3
"""Name every Chinese place of data/places.csv in traditional characters, in Japanese and in
Korean, from its simplified name, and every Japanese place in Korean from its kana, by
documented standard tables (never by guess):

- `name_zh_hant`: the traditional form (OpenCC `s2t`, the open conversion tables of the
  Chinese-language community), left empty when it is the same as `name_zh`;
- `name_ja`: the Japanese form, which writes Chinese place names in kanji: the traditional form
  turned into the Japanese standard glyphs (OpenCC `t2jp`, e.g. 廣州 → 広州, 濟南 → 済南);
- `name_ko`: the Korean form, by the National Institute of Korean Language's table for Chinese
  (외래어 표기법, 중국어의 주음 부호와 한글 대조표, with its rules: the bare vowel after
  zh/ch/sh/r/z/c/s is ㅡ; after ㅈ, ㅉ, ㅊ the vowels ㅑ ㅖ ㅛ ㅠ are written ㅏ ㅔ ㅗ ㅜ), applied to
  the name's pinyin (pypinyin, with its dictionary of place-name readings); the administrative
  suffix is translated by its Sino-Korean reading (省 성, 市 시, 区 구, 县 현, 自治区 자치구,
  自治州 자치주, 新区 신구), as Korean writes Chinese divisions (톈진시, 지린성), and an ethnic
  name before it keeps 족 (광시 좡족 자치구).

- `name_ko` of a Japanese place: its kana reading by the same institute's table for Japanese
  (일본어의 가나와 한글 대조표: か, た, ちゃ … are written ㄱ, ㄷ, ㅈ at the start of a word and ㅋ,
  ㅌ, ㅊ after it; つ is 쓰; っ is a final ㅅ, ん a final ㄴ; long vowels are not written: こう,
  おお, ゆう, いい are one vowel), its suffix by the Korean reading of its kanji (市 시, 区 구,
  町 정, 村 촌, 県 현, 府 부, 都 도, 道 도: 고베시, 효고현).

A name already set is kept, so a name from a source (a page that writes it otherwise) wins.

Usage: python3 tools/data_names.py [--dry-run]
Needs the PyPI packages pypinyin and opencc (the official bindings, which have `t2jp`), e.g. in
a virtual environment: python3 -m venv .venv && .venv/bin/pip install pypinyin opencc
"""

import argparse
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data_lib import load, save  # noqa: E402

# Initial consonants: pinyin → the index of the Hangul initial (ㄱ0 ㄲ1 ㄴ2 ㄷ3 ㄸ4 ㄹ5 ㅁ6 ㅂ7
# ㅃ8 ㅅ9 ㅆ10 ㅇ11 ㅈ12 ㅉ13 ㅊ14 ㅋ15 ㅌ16 ㅍ17 ㅎ18).
INITIALS = {
    "b": 7, "p": 17, "m": 6, "f": 17, "d": 3, "t": 16, "n": 2, "l": 5, "g": 0, "k": 15,
    "h": 18, "j": 12, "q": 14, "x": 9, "zh": 12, "ch": 14, "sh": 9, "r": 5, "z": 13, "c": 14,
    "s": 10,
}
# Finals as the table writes them after a consonant (the first syllable starts with ㅇ, which the
# initial replaces).
FINALS = {
    "a": "아", "o": "오", "e": "어", "ai": "아이", "ei": "에이", "ao": "아오", "ou": "어우",
    "an": "안", "en": "언", "ang": "앙", "eng": "엉", "er": "얼", "ong": "웅",
    "i": "이", "ia": "야", "ie": "예", "iao": "야오", "iu": "유", "ian": "옌", "in": "인",
    "iang": "양", "ing": "잉", "iong": "융",
    "u": "우", "ua": "와", "uo": "워", "uai": "와이", "ui": "우이", "uan": "완", "un": "운",
    "uang": "왕",
    "ü": "위", "üe": "웨", "üan": "위안", "ün": "윈",
}
# Syllables without an initial, as the table writes them.
ALONE = {
    "a": "아", "o": "오", "e": "어", "ai": "아이", "ei": "에이", "ao": "아오", "ou": "어우",
    "an": "안", "en": "언", "ang": "앙", "eng": "엉", "er": "얼",
    "yi": "이", "ya": "야", "ye": "예", "yao": "야오", "you": "유", "yan": "옌", "yin": "인",
    "yang": "양", "ying": "잉", "yong": "융",
    "wu": "우", "wa": "와", "wo": "워", "wai": "와이", "wei": "웨이", "wan": "완", "wen": "원",
    "wang": "왕", "weng": "웡",
    "yu": "위", "yue": "웨", "yuan": "위안", "yun": "윈",
}
# After these the bare vowel i is ㅡ (zhi 즈, shi 스, zi 쯔, si 쓰).
BARE_I = {"zh", "ch", "sh", "r", "z", "c", "s"}
# ㅑ ㅖ ㅛ ㅠ after ㅈ ㅉ ㅊ: written ㅏ ㅔ ㅗ ㅜ.
PLAIN_AFTER_AFFRICATE = {2: 0, 7: 5, 12: 8, 17: 13}

# Peoples named in autonomous regions and prefectures, longest first.
ETHNIC = ["维吾尔", "朝鲜", "土家", "哈尼", "壮", "回", "傣", "藏", "苗", "彝", "侗", "瑶", "白", "黎"]

SUFFIXES = [
    ("自治区", "자치구"),
    ("自治州", "자치주"),
    ("自治县", "자치현"),
    ("新区", "신구"),
    ("省", "성"),
    ("市", "시"),
    ("区", "구"),
    ("县", "현"),
]


def compose(lead, vowel_syllable):
    """`vowel_syllable` (a Hangul string starting with ㅇ) with its first initial set to `lead`."""
    first = ord(vowel_syllable[0]) - 0xAC00
    v, t = (first // 28) % 21, first % 28
    if lead in (12, 13, 14):
        v = PLAIN_AFTER_AFFRICATE.get(v, v)
    return chr(0xAC00 + (lead * 21 + v) * 28 + t) + vowel_syllable[1:]


def syllable(py):
    """One pinyin syllable (no tone) in Hangul."""
    py = py.lower().replace("v", "ü")
    if py in ALONE:
        return ALONE[py]
    for ini in ("zh", "ch", "sh"):
        if py.startswith(ini):
            initial, final = ini, py[2:]
            break
    else:
        initial, final = py[0], py[1:]
    if initial not in INITIALS:
        raise ValueError(f"not a pinyin syllable: {py}")
    if final == "i" and initial in BARE_I:
        return compose(INITIALS[initial], "으")
    # After j, q, x (and as written for l and n) u stands for ü.
    if initial in ("j", "q", "x") and final.startswith("u"):
        final = "ü" + final[1:]
    if final not in FINALS:
        raise ValueError(f"not a pinyin syllable: {py}")
    return compose(INITIALS[initial], FINALS[final])


def split_suffix(name_zh):
    """A Chinese place name's proper part and the Korean reading of its suffix ("" for none)."""
    for zh, ko in SUFFIXES:
        if name_zh.endswith(zh) and len(name_zh) > len(zh):
            return name_zh[: -len(zh)], ko
    return name_zh, ""


def korean(name_zh, pinyin):
    """The Korean form of a Chinese place name: its proper part transcribed, its suffix read."""
    base, suffix = split_suffix(name_zh)
    ethnic, zu = "", base.endswith("族")
    if suffix.startswith("자치"):
        # The people the region is named for, with or without 族 (新疆维吾尔自治区).
        stem = base[:-1] if zu else base
        for people in ETHNIC:
            if stem.endswith(people) and len(stem) > len(people):
                base, ethnic = stem[: -len(people)], people
                break
    words = [transcribe(base, pinyin)]
    if ethnic:
        words.append(transcribe(ethnic, pinyin) + ("족" if zu else ""))
    if suffix:
        if ethnic or suffix.startswith("자치"):
            words.append(suffix)
        else:
            words[-1] += suffix
    return " ".join(words)


# Kana syllables in Hangul (those that do not change at the start of a word).
_PLAIN = {
    "あ": "아", "い": "이", "う": "우", "え": "에", "お": "오",
    "さ": "사", "し": "시", "す": "스", "せ": "세", "そ": "소",
    "つ": "쓰", "な": "나", "に": "니", "ぬ": "누", "ね": "네", "の": "노",
    "は": "하", "ひ": "히", "ふ": "후", "へ": "헤", "ほ": "호",
    "ま": "마", "み": "미", "む": "무", "め": "메", "も": "모",
    "や": "야", "ゆ": "유", "よ": "요", "ら": "라", "り": "리", "る": "루", "れ": "레", "ろ": "로",
    "わ": "와", "を": "오",
    "が": "가", "ぎ": "기", "ぐ": "구", "げ": "게", "ご": "고",
    "ざ": "자", "じ": "지", "ず": "즈", "ぜ": "제", "ぞ": "조",
    "だ": "다", "ぢ": "지", "づ": "즈", "で": "데", "ど": "도",
    "ば": "바", "び": "비", "ぶ": "부", "べ": "베", "ぼ": "보",
    "ぱ": "파", "ぴ": "피", "ぷ": "푸", "ぺ": "페", "ぽ": "포",
    "しゃ": "샤", "しゅ": "슈", "しょ": "쇼", "にゃ": "냐", "にゅ": "뉴", "にょ": "뇨",
    "ひゃ": "햐", "ひゅ": "휴", "ひょ": "효", "みゃ": "먀", "みゅ": "뮤", "みょ": "묘",
    "りゃ": "랴", "りゅ": "류", "りょ": "료", "ぎゃ": "갸", "ぎゅ": "규", "ぎょ": "교",
    "じゃ": "자", "じゅ": "주", "じょ": "조", "びゃ": "뱌", "びゅ": "뷰", "びょ": "뵤",
    "ぴゃ": "퍄", "ぴゅ": "퓨", "ぴょ": "표",
}
# Voiceless stops and affricates: plain at the start of a word, aspirated after it.
_STOPS = {
    "か": ("가", "카"), "き": ("기", "키"), "く": ("구", "쿠"), "け": ("게", "케"),
    "こ": ("고", "코"), "た": ("다", "타"), "ち": ("지", "치"), "て": ("데", "테"),
    "と": ("도", "토"), "きゃ": ("갸", "캬"), "きゅ": ("규", "큐"), "きょ": ("교", "쿄"),
    "ちゃ": ("자", "차"), "ちゅ": ("주", "추"), "ちょ": ("조", "초"),
}
# The kanji suffix of a Japanese place: its kana and its Korean reading.
JP_SUFFIXES = [
    ("市", ["し"], "시"), ("区", ["く"], "구"), ("町", ["ちょう", "まち"], "정"),
    ("村", ["むら", "そん"], "촌"), ("県", ["けん"], "현"), ("府", ["ふ"], "부"),
    ("都", ["と"], "도"), ("道", ["どう"], "도"),
]


def vowel_of(kana):
    """The vowel a kana syllable ends in (a i u e o), for long vowels."""
    h = _PLAIN.get(kana) or (_STOPS.get(kana) or ("",))[0]
    if not h:
        return ""
    v = ((ord(h[-1]) - 0xAC00) // 28) % 21
    return {0: "a", 2: "a", 20: "i", 13: "u", 17: "u", 18: "u", 5: "e", 8: "o", 12: "o"}.get(v, "")


def add_final(syllables, final):
    """Gives the last Hangul syllable the final consonant `final` (4 ㄴ, 19 ㅅ)."""
    last = ord(syllables[-1]) - 0xAC00
    syllables[-1] = chr(0xAC00 + last - last % 28 + final)


def japanese_korean(kana):
    """Kana (hiragana) in Hangul by the table for Japanese."""
    out, i, last_vowel = [], 0, ""
    while i < len(kana):
        two, one = kana[i : i + 2], kana[i]
        unit = two if two in _PLAIN or two in _STOPS else one
        i += len(unit)
        if unit == "ん":
            add_final(out, 4)
            last_vowel = ""
            continue
        if unit == "っ":
            add_final(out, 19)
            last_vowel = ""
            continue
        # Long vowels are not written: おう, おお, うう, いい, ええ (not えい).
        v = vowel_of(unit)
        if unit in "うおいえ" and out and (
            (last_vowel == "o" and unit in "うお")
            or (last_vowel == "u" and unit == "う")
            or (last_vowel == "i" and unit == "い")
            or (last_vowel == "e" and unit == "え")
        ):
            continue
        if unit in _STOPS:
            out.append(_STOPS[unit][0 if not out else 1])
        elif unit in _PLAIN:
            out.append(_PLAIN[unit])
        else:
            raise ValueError(f"not a kana the table has: {unit}")
        last_vowel = v
    return "".join(out)


def japanese_place_korean(name_ja, kana):
    """A Japanese place's Korean form: its name from its kana, its suffix by its kanji."""
    for kanji, endings, ko in JP_SUFFIXES:
        if name_ja.endswith(kanji):
            for end in endings:
                if kana.endswith(end) and len(kana) > len(end):
                    return japanese_korean(kana[: -len(end)]) + ko
    return japanese_korean(kana)


def transcribe(han, pinyin):
    return "".join(syllable(p) for p in pinyin(han))


def valid_syllables():
    """Every pinyin syllable the table writes."""
    out = set(ALONE)
    for ini in INITIALS:
        for fin in list(FINALS) + ["i"]:
            try:
                syllable(ini + fin.replace("ü", "v"))
                out.add(ini + fin.replace("ü", "v"))
            except ValueError:
                pass
    return out


def split_romanised(word, n, syllables):
    """The ways `word` (pinyin letters, no tones) splits into `n` syllables."""
    if n == 0:
        return [[]] if not word else []
    out = []
    for k in range(1, min(6, len(word)) + 1):
        head = word[:k]
        if head in syllables:
            out += [[head] + rest for rest in split_romanised(word[k:], n - 1, syllables)]
    return out


def reading(name_zh, name_en, pinyin, syllables):
    """The pinyin of `name_zh` as `name_en` spells it (the data's romanisation settles the
    readings of characters with several, 朝阳 Chaoyang), or pypinyin's when it cannot."""
    guess = pinyin(name_zh)
    word = re.sub(r"\(.*?\)", "", name_en).lower().replace("ü", "v").replace("'", "")
    word = re.sub(r"[^a-z]", "", word)
    if "".join(guess).replace("ü", "v") == word:
        return None
    splits = split_romanised(word, len(name_zh), syllables)
    return splits[0] if len(splits) == 1 else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    from opencc import OpenCC  # noqa: E402 (only needed to run)
    from pypinyin import lazy_pinyin  # noqa: E402

    s2t, t2jp = OpenCC("s2t.json"), OpenCC("t2jp.json")
    syllables = valid_syllables()

    def readings(han, place):
        """The pinyin of `han`, a part of `place`'s Chinese name: for the name's proper part, as
        its English name reads it when pypinyin reads it otherwise."""
        if han == split_suffix(place["name_zh"])[0]:
            fixed = reading(han, place["name_en"], lazy_pinyin, syllables)
            if fixed:
                return fixed
        return lazy_pinyin(han)

    header, places = load("places.csv")
    if "name_zh_hant" not in header:
        header.insert(header.index("name_zh") + 1, "name_zh_hant")
    counts = {"name_zh_hant": 0, "name_ja": 0, "name_ko": 0}
    for p in places:
        p.setdefault("name_zh_hant", "")
        if p["country"] == "JP" and p["name_kana"] and not p["name_ko"]:
            p["name_ko"] = japanese_place_korean(p["name_ja"], p["name_kana"])
            counts["name_ko"] += 1
        if p["country"] != "CN" or not p["name_zh"]:
            continue
        hant = s2t.convert(p["name_zh"])
        if not p["name_zh_hant"] and hant != p["name_zh"]:
            p["name_zh_hant"] = hant
            counts["name_zh_hant"] += 1
        if not p["name_ja"]:
            p["name_ja"] = t2jp.convert(hant)
            counts["name_ja"] += 1
        if not p["name_ko"]:
            p["name_ko"] = korean(p["name_zh"], lambda han: readings(han, p))
            counts["name_ko"] += 1
    print(", ".join(f"{k}: {v} added" for k, v in counts.items()))
    if not args.dry_run:
        save("places.csv", header, places)


if __name__ == "__main__":
    main()
