"""Imported once by the extraction pool's fork server: runs the core on two small made-up
articles (``warm_core``) so its lazily built tables (gazetteers, language model, patterns)
exist before any worker forks. Every worker then starts warm and shares them
copy-on-write, instead of spending its first article (about a second) building them inside
the article's time limit.
"""

import gc

from consumer.core.warm import warm_core

warm_core()

# Everything built so far (modules, gazetteers, the language model) lives as long as the
# process: frozen, it is left out of the workers' full collections (35-65 ms each, one every
# few hundred articles) and its memory pages stay shared copy-on-write after the fork.
gc.freeze()
