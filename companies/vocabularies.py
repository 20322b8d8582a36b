"""The vocabularies shipped as data: therapeutic areas, ICD-10 indications, drug targets.

Loaded by ``manage.py load_vocabularies`` (and by ``load_demo``), idempotently.

- **Indications** follow the WHO's ICD-10 (2019 edition, https://icd.who.int/browse10/2019/en):
  its 22 chapters by block range, and the codes BD deals name most often. An analyst can add a
  finer code in the admin; the code is what ties the two together.
- **Therapeutic areas** are a curated list covering every ICD-10 chapter that drug development
  targets (each chapter below names its area), plus "Rare diseases" and "Infectious diseases".
- **Targets** carry their HGNC-approved gene symbol (https://www.genenames.org/): the
  common drug-target families (immune checkpoints, receptor tyrosine kinases, ADC antigens,
  cytokines, incretin receptors, lipid and liver targets, neurodegeneration, complement).
"""

# ruff: noqa: E501  (one vocabulary entry per line reads better than wrapped)
from __future__ import annotations

# (name, description)
THERAPEUTIC_AREAS: tuple[tuple[str, str], ...] = (
    ("Oncology", "Solid tumours and their treatment (ICD-10 chapter II, C00-D48)."),
    ("Hematology", "Blood disorders and haematological malignancies (D50-D89, C81-C96)."),
    ("Immunology", "Autoimmune and inflammatory diseases across organs."),
    (
        "Infectious diseases",
        "Bacterial, viral, fungal and parasitic infections, vaccines (A00-B99).",
    ),
    ("Metabolic & endocrine", "Diabetes, obesity, lipid disorders, endocrine disease (E00-E90)."),
    ("Psychiatry", "Mental and behavioural disorders (F00-F99)."),
    ("Neurology", "Diseases of the nervous system, neurodegeneration, pain (G00-G99)."),
    ("Ophthalmology", "Diseases of the eye and adnexa (H00-H59)."),
    ("Otology", "Diseases of the ear and mastoid process, hearing loss (H60-H95)."),
    ("Cardiovascular", "Diseases of the circulatory system (I00-I99)."),
    ("Respiratory", "Diseases of the respiratory system (J00-J99)."),
    ("Gastroenterology & hepatology", "Digestive system and liver diseases (K00-K93)."),
    ("Dermatology", "Diseases of the skin and subcutaneous tissue (L00-L99)."),
    ("Musculoskeletal", "Musculoskeletal and connective-tissue diseases (M00-M99)."),
    ("Nephrology", "Kidney and urinary-tract diseases (N00-N39)."),
    ("Urology", "Diseases of the male genital organs and urology (N40-N51)."),
    ("Women's health", "Gynaecology, fertility, pregnancy and childbirth (N60-N98, O00-O99)."),
    ("Rare diseases", "Genetic and orphan diseases, congenital disorders (Q00-Q99 and others)."),
    ("Transplantation", "Organ and cell transplantation, graft rejection (T86)."),
    ("Pain & anesthesia", "Pain and anaesthesia outside a single organ area (R52)."),
)

# (ICD-10 code or block, name, therapeutic area or "")
INDICATIONS: tuple[tuple[str, str, str], ...] = (
    # The chapters.
    ("A00-B99", "Certain infectious and parasitic diseases", "Infectious diseases"),
    ("C00-D48", "Neoplasms", "Oncology"),
    ("D50-D89", "Diseases of the blood and immune mechanism", "Hematology"),
    ("E00-E90", "Endocrine, nutritional and metabolic diseases", "Metabolic & endocrine"),
    ("F00-F99", "Mental and behavioural disorders", "Psychiatry"),
    ("G00-G99", "Diseases of the nervous system", "Neurology"),
    ("H00-H59", "Diseases of the eye and adnexa", "Ophthalmology"),
    ("H60-H95", "Diseases of the ear and mastoid process", "Otology"),
    ("I00-I99", "Diseases of the circulatory system", "Cardiovascular"),
    ("J00-J99", "Diseases of the respiratory system", "Respiratory"),
    ("K00-K93", "Diseases of the digestive system", "Gastroenterology & hepatology"),
    ("L00-L99", "Diseases of the skin and subcutaneous tissue", "Dermatology"),
    ("M00-M99", "Diseases of the musculoskeletal system and connective tissue", "Musculoskeletal"),
    ("N00-N99", "Diseases of the genitourinary system", "Nephrology"),
    ("O00-O99", "Pregnancy, childbirth and the puerperium", "Women's health"),
    ("P00-P96", "Certain conditions originating in the perinatal period", ""),
    ("Q00-Q99", "Congenital malformations and chromosomal abnormalities", "Rare diseases"),
    ("R00-R99", "Symptoms, signs and abnormal findings, not elsewhere classified", ""),
    ("S00-T98", "Injury, poisoning and certain other consequences of external causes", ""),
    ("V01-Y98", "External causes of morbidity and mortality", ""),
    ("Z00-Z99", "Factors influencing health status and contact with health services", ""),
    ("U00-U99", "Codes for special purposes", ""),
    # Codes BD deals name most often.
    ("B18.1", "Chronic hepatitis B", "Infectious diseases"),
    ("B20", "HIV disease", "Infectious diseases"),
    ("C16", "Gastric cancer", "Oncology"),
    ("C18", "Colorectal cancer", "Oncology"),
    ("C22", "Liver cancer", "Oncology"),
    ("C25", "Pancreatic cancer", "Oncology"),
    ("C34", "Lung cancer", "Oncology"),
    ("C43", "Melanoma", "Oncology"),
    ("C50", "Breast cancer", "Oncology"),
    ("C56", "Ovarian cancer", "Oncology"),
    ("C61", "Prostate cancer", "Oncology"),
    ("C64", "Renal cell carcinoma", "Oncology"),
    ("C67", "Bladder cancer", "Oncology"),
    ("C83.3", "Diffuse large B-cell lymphoma", "Hematology"),
    ("C90.0", "Multiple myeloma", "Hematology"),
    ("C91.1", "Chronic lymphocytic leukaemia", "Hematology"),
    ("C92.0", "Acute myeloid leukaemia", "Hematology"),
    ("D57", "Sickle-cell disorders", "Hematology"),
    ("D66", "Haemophilia A", "Hematology"),
    ("E10", "Type 1 diabetes mellitus", "Metabolic & endocrine"),
    ("E11", "Type 2 diabetes mellitus", "Metabolic & endocrine"),
    ("E66", "Obesity", "Metabolic & endocrine"),
    ("E78", "Dyslipidaemia", "Metabolic & endocrine"),
    ("E84", "Cystic fibrosis", "Rare diseases"),
    ("E85", "Amyloidosis (including ATTR)", "Rare diseases"),
    ("F20", "Schizophrenia", "Psychiatry"),
    ("F31", "Bipolar affective disorder", "Psychiatry"),
    ("F32", "Major depressive disorder", "Psychiatry"),
    ("G10", "Huntington's disease", "Neurology"),
    ("G12.2", "Amyotrophic lateral sclerosis", "Neurology"),
    ("G20", "Parkinson's disease", "Neurology"),
    ("G30", "Alzheimer's disease", "Neurology"),
    ("G35", "Multiple sclerosis", "Neurology"),
    ("G40", "Epilepsy", "Neurology"),
    ("G43", "Migraine", "Neurology"),
    ("G71.0", "Muscular dystrophy", "Rare diseases"),
    ("H35.3", "Macular degeneration", "Ophthalmology"),
    ("I10", "Hypertension", "Cardiovascular"),
    ("I25", "Chronic ischaemic heart disease", "Cardiovascular"),
    ("I50", "Heart failure", "Cardiovascular"),
    ("J44", "Chronic obstructive pulmonary disease", "Respiratory"),
    ("J45", "Asthma", "Respiratory"),
    ("J84.1", "Idiopathic pulmonary fibrosis", "Respiratory"),
    ("K50", "Crohn's disease", "Gastroenterology & hepatology"),
    ("K51", "Ulcerative colitis", "Gastroenterology & hepatology"),
    ("K75.8", "Metabolic dysfunction-associated steatohepatitis (MASH/NASH)", "Gastroenterology & hepatology"),
    ("L20", "Atopic dermatitis", "Dermatology"),
    ("L40", "Psoriasis", "Dermatology"),
    ("M06", "Rheumatoid arthritis", "Immunology"),
    ("M32", "Systemic lupus erythematosus", "Immunology"),
    ("N18", "Chronic kidney disease", "Nephrology"),
)  # fmt: skip

# (name as the trade writes it, HGNC symbol)
TARGETS: tuple[tuple[str, str], ...] = (
    # Immune checkpoints and T-cell engagers.
    ("PD-1", "PDCD1"), ("PD-L1", "CD274"), ("CTLA-4", "CTLA4"), ("LAG-3", "LAG3"),
    ("TIGIT", "TIGIT"), ("CD47", "CD47"), ("CD3", "CD3E"), ("OX40", "TNFRSF4"),
    ("CCR8", "CCR8"), ("4-1BB", "TNFRSF9"),
    # Receptor tyrosine kinases and oncogenic signalling.
    ("EGFR", "EGFR"), ("HER2", "ERBB2"), ("HER3", "ERBB3"), ("ALK", "ALK"), ("ROS1", "ROS1"),
    ("RET", "RET"), ("c-MET", "MET"), ("FGFR2", "FGFR2"), ("FGFR3", "FGFR3"),
    ("TRKA", "NTRK1"), ("KIT", "KIT"), ("BRAF", "BRAF"), ("KRAS", "KRAS"), ("SHP2", "PTPN11"),
    ("SOS1", "SOS1"), ("PI3Kα", "PIK3CA"), ("CDK4", "CDK4"), ("CDK6", "CDK6"),
    ("EZH2", "EZH2"), ("MDM2", "MDM2"), ("PARP1", "PARP1"), ("PRMT5", "PRMT5"), ("BTK", "BTK"),
    # Angiogenesis.
    ("VEGF-A", "VEGFA"), ("VEGFR-2", "KDR"),
    # ADC and cell-therapy antigens.
    ("TROP2", "TACSTD2"), ("Nectin-4", "NECTIN4"), ("B7-H3", "CD276"), ("B7-H4", "VTCN1"),
    ("Claudin 18.2", "CLDN18"), ("FRα", "FOLR1"), ("DLL3", "DLL3"), ("CDH6", "CDH6"),
    ("Mesothelin", "MSLN"), ("GPC3", "GPC3"), ("CEACAM5", "CEACAM5"), ("PSMA", "FOLH1"),
    ("BCMA", "TNFRSF17"), ("GPRC5D", "GPRC5D"), ("CD19", "CD19"), ("CD20", "MS4A1"),
    ("CD38", "CD38"), ("CD33", "CD33"),
    # Cytokines and immunology.
    ("TNF-α", "TNF"), ("IL-6", "IL6"), ("IL-17A", "IL17A"), ("IL-23", "IL23A"),
    ("IL-4Rα", "IL4R"), ("IL-13", "IL13"), ("IL-5", "IL5"), ("TSLP", "TSLP"),
    ("TL1A", "TNFSF15"), ("IL-2", "IL2"), ("JAK1", "JAK1"), ("TYK2", "TYK2"), ("FcRn", "FCGRT"),
    ("CD40L", "CD40LG"), ("BAFF", "TNFSF13B"), ("Integrin α4β7", "ITGB7"), ("STAT6", "STAT6"),
    ("NLRP3", "NLRP3"), ("Complement C3", "C3"), ("Complement C5", "C5"),
    # Incretins, obesity and metabolism.
    ("GLP-1R", "GLP1R"), ("GIPR", "GIPR"), ("Glucagon receptor", "GCGR"),
    ("Amylin receptor", "CALCR"), ("MC4R", "MC4R"), ("Myostatin", "MSTN"),
    ("ActRII", "ACVR2B"), ("FGF21", "FGF21"),
    # Lipids, cardiovascular and liver.
    ("PCSK9", "PCSK9"), ("Lp(a)", "LPA"), ("ANGPTL3", "ANGPTL3"), ("APOC3", "APOC3"),
    ("Angiotensinogen", "AGT"), ("Factor XI", "F11"), ("THR-β", "THRB"),
    ("HSD17B13", "HSD17B13"), ("PNPLA3", "PNPLA3"), ("FXR", "NR1H4"), ("TTR", "TTR"),
    # Neuroscience.
    ("Amyloid beta", "APP"), ("Tau", "MAPT"), ("Alpha-synuclein", "SNCA"), ("LRRK2", "LRRK2"),
    ("TREM2", "TREM2"), ("SOD1", "SOD1"), ("Huntingtin", "HTT"),
    ("Transferrin receptor 1", "TFRC"), ("Nav1.8", "SCN10A"), ("M4 muscarinic receptor", "CHRM4"),
)  # fmt: skip
