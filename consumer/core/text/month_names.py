"""Month names that text mode reads beyond the core's shared table: data only.

Swedish, Danish and Norwegian, Polish (nominative and genitive), Turkish and Indonesian;
``consumer.core.months`` holds the seven languages every date reader of the core shares.
"""

from __future__ import annotations

from consumer.core.months import MONTHS

_MORE_MONTHS: dict[str, int] = {
    # Swedish, Danish, Norwegian (the forms English, German or Dutch lack)
    "augusti": 8, "okt": 10, "maj": 5, "desember": 12, "januar": 1, "februar": 2,
    # Polish
    "styczeń": 1, "stycznia": 1, "luty": 2, "lutego": 2, "marzec": 3, "marca": 3,
    "kwiecień": 4, "kwietnia": 4, "maja": 5, "czerwiec": 6, "czerwca": 6,
    "lipiec": 7, "lipca": 7, "sierpień": 8, "sierpnia": 8, "wrzesień": 9, "września": 9,
    "październik": 10, "października": 10, "listopad": 11, "listopada": 11,
    "grudzień": 12, "grudnia": 12,
    # Turkish
    "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
    "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
    # Indonesian and Malay
    "maret": 3, "agustus": 8, "agu": 8, "des": 12, "mac": 3, "ogos": 8,
    "disember": 12,
}  # fmt: skip

TEXT_MONTHS: dict[str, int] = {**MONTHS, **_MORE_MONTHS}
