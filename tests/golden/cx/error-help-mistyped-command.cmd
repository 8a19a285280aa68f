cx help chekclist
