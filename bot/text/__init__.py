"""Shared text machinery for Heard's text models: normalising, features, a JSON linear model, training.

- `normalise`: `normalise(text)`, `words(text)`, `clauses(text)`; emoji kept as words ("emoji_cry").
- `features`: `FeatureSpec`, `featurise(text, spec)`, `register_extra(name)` for task cue sets,
  and the built-in "negation" set.
- `linear`: `LinearTextModel.load(path)`: probabilities, predict, explain, metadata (run time).
- `training`: `train(...)`, `save(model, path)`, `load_csv(path)` (build time).
- `evaluation`: out-of-fold figures with whole groups held out, per-group tables (build time).

At run time (normalise, features, linear) only the standard library is imported, never settings,
numpy or scikit-learn; training and evaluation import scikit-learn inside their functions, so
importing them stays cheap.
"""
