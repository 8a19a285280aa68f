cx help audit
