"""Language data apart from code: each language's word tables, pattern pieces and grammar
(`en/`, `fr/`), and the one verb walk and clause-tense reader they share (:mod:`timeline.lang.tense`)."""
