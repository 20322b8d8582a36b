"""Asset rights: who holds an asset in which territory, derived from its deals and events.

``territory`` turns stored territories into country sets and back into readable blocks;
``derive`` replays the deals (pure Python, no database); ``load`` builds its input from the
deals a reader may see; ``views``, ``api`` and ``svg`` show the result.
"""
