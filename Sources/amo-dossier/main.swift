import DossierCore
print("amo-dossier")
