import CNcursesw
import DossierWizard
