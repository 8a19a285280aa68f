# install(), the exported package and CPack (issue 18).
