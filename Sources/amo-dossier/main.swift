AmoDossier.main()
