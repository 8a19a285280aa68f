cx help
