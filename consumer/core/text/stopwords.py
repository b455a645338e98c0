"""Frequent function words of the languages the dumps come in: data only.

Their share of a line's words tells running prose from menus and headline lists.
"""

from __future__ import annotations

_WORD_LISTS: tuple[str, ...] = (
    # English
    "a about after all also an and any are as at be because been before but by can could "
    "did do does for from had has have he her his how i if in into is it its just more most "
    "my no not of on one only or other our out over said says she so some than that the "
    "their them then there these they this those through to up was we were what when where "
    "which while who will with would you your",
    # German
    "aber als am an auch auf aus bei bin bis das dass dem den der des die doch durch ein "
    "eine einem einen einer es für hat hatte ich ihr im in ist ja kann mit nach nicht noch "
    "nur oder sein sich sie sind so über um und uns vom von vor war wenn werden wie wir "
    "wird zu zum zur",
    # French
    "au aux avec ce ces cette dans de des du elle en est et il ils je la le les leur lui "
    "mais même ne nous on ou par pas plus pour qu que qui sa se ses son sont sur une vous "
    "été était",
    # Spanish, Portuguese, Italian (shared forms once)
    "al como con del el ella ellos en es esta este fue ha han hay la las lo los más muy "
    "no para pero por porque que se ser sin sobre su sus también un una y ya "
    "ao com da das do dos ele em foi isso mas na nas nem no nos os ou pela pelo quando "
    "seu sua são também um uma "
    "che chi ci come della delle dei di gli ha il lo nel nella non per più sono sul una "
    "anche",
    # Dutch
    "aan bij dat de deze die dit een en er het hij in is met niet nog of om ook op over "
    "te tot uit van voor was wat wel werd wordt zijn ze zich",
    # Indonesian and Malay
    "ada adalah akan atau bahwa bisa dalam dan dari dengan di ini itu juga kami karena ke "
    "kita mereka oleh pada saya sudah tidak untuk yang",
    # Scandinavian
    "att av den det en ett för har inte jag med men om på som till var och och är "
    "af at er ikke jeg med og på til",
    # Polish, Czech
    "i w z na się nie do to że jest o jak po co za ale od tak przez a je se na že",
    # Russian, Ukrainian
    "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по "
    "только ее мне было вот от меня еще нет о из ему это що та як від",
    # Turkish
    "ve bir bu da de için ile çok daha gibi olarak olan ama ki ne",
    # Greek
    "και το να του η της με που τα για την από στο ο είναι οι θα στην σε των τον",
    # Vietnamese
    "của và là có được trong cho không những một các với người này đã đến cũng khi",
    # Arabic
    "في من على إلى أن التي الذي عن مع هذا هذه كان قد ما لا أو ثم بين كما إن لم بعد عند",
    # Persian
    "و در به از که این را با است برای آن یک خود تا می ها بر هم نیز شد کرد شده",
    # Urdu
    "کے کی میں سے کا اور کو نے ہے ہیں پر کہ یہ بھی تھا تھی گیا کر ایک وہ ہو",
    # Hindi
    "के का की में है और को से पर यह ने कि भी एक हैं था थी गया लिए तो",
    # Hebrew
    "של את על עם זה לא כי גם הוא היא אבל או אם כל יש אין מה",
)

STOPWORDS: frozenset[str] = frozenset(" ".join(_WORD_LISTS).split())
