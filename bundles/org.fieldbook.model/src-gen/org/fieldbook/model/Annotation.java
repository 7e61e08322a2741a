/**
 */
package org.fieldbook.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Annotation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A note on a work order, Dataverse's annotation: a title and text, optionally one file (a photo, a signature) held base64-encoded in documentBody. The server fills fileSize, isDocument and objectTypeCode from what is written; the organization's maxUploadFileSize bounds the file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.Annotation#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.fieldbook.model.Annotation#getNoteText <em>Note Text</em>}</li>
 *   <li>{@link org.fieldbook.model.Annotation#getFileName <em>File Name</em>}</li>
 *   <li>{@link org.fieldbook.model.Annotation#getMimeType <em>Mime Type</em>}</li>
 *   <li>{@link org.fieldbook.model.Annotation#getFileSize <em>File Size</em>}</li>
 *   <li>{@link org.fieldbook.model.Annotation#getDocumentBody <em>Document Body</em>}</li>
 *   <li>{@link org.fieldbook.model.Annotation#isIsDocument <em>Is Document</em>}</li>
 *   <li>{@link org.fieldbook.model.Annotation#getObjectTypeCode <em>Object Type Code</em>}</li>
 *   <li>{@link org.fieldbook.model.Annotation#getCreatedBy <em>Created By</em>}</li>
 *   <li>{@link org.fieldbook.model.Annotation#getModifiedBy <em>Modified By</em>}</li>
 *   <li>{@link org.fieldbook.model.Annotation#getObjectId <em>Object Id</em>}</li>
 * </ul>
 *
 * @see org.fieldbook.model.FieldbookPackage#getAnnotation()
 * @model annotation="http://www.fieldbook.org/dataverse logicalName='annotation' entitySet='annotations'"
 * @generated
 */
public interface Annotation extends org.fieldbook.model.Record {
	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see org.fieldbook.model.FieldbookPackage#getAnnotation_Subject()
	 * @model annotation="http://www.fieldbook.org/dataverse column='subject' maxLength='500'"
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Annotation#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Note Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note Text</em>' attribute.
	 * @see #setNoteText(String)
	 * @see org.fieldbook.model.FieldbookPackage#getAnnotation_NoteText()
	 * @model annotation="http://www.fieldbook.org/dataverse column='notetext' maxLength='100000'"
	 * @generated
	 */
	String getNoteText();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Annotation#getNoteText <em>Note Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note Text</em>' attribute.
	 * @see #getNoteText()
	 * @generated
	 */
	void setNoteText(String value);

	/**
	 * Returns the value of the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File Name</em>' attribute.
	 * @see #setFileName(String)
	 * @see org.fieldbook.model.FieldbookPackage#getAnnotation_FileName()
	 * @model annotation="http://www.fieldbook.org/dataverse column='filename' maxLength='255'"
	 * @generated
	 */
	String getFileName();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Annotation#getFileName <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Name</em>' attribute.
	 * @see #getFileName()
	 * @generated
	 */
	void setFileName(String value);

	/**
	 * Returns the value of the '<em><b>Mime Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mime Type</em>' attribute.
	 * @see #setMimeType(String)
	 * @see org.fieldbook.model.FieldbookPackage#getAnnotation_MimeType()
	 * @model annotation="http://www.fieldbook.org/dataverse column='mimetype' maxLength='256'"
	 * @generated
	 */
	String getMimeType();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Annotation#getMimeType <em>Mime Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mime Type</em>' attribute.
	 * @see #getMimeType()
	 * @generated
	 */
	void setMimeType(String value);

	/**
	 * Returns the value of the '<em><b>File Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The file's size in bytes, set by the server.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File Size</em>' attribute.
	 * @see #setFileSize(int)
	 * @see org.fieldbook.model.FieldbookPackage#getAnnotation_FileSize()
	 * @model annotation="http://www.fieldbook.org/dataverse column='filesize'"
	 * @generated
	 */
	int getFileSize();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Annotation#getFileSize <em>File Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Size</em>' attribute.
	 * @see #getFileSize()
	 * @generated
	 */
	void setFileSize(int value);

	/**
	 * Returns the value of the '<em><b>Document Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The file, base64-encoded; its decoded size is bounded by the organization's maxUploadFileSize (at most 128 MB).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Document Body</em>' attribute.
	 * @see #setDocumentBody(String)
	 * @see org.fieldbook.model.FieldbookPackage#getAnnotation_DocumentBody()
	 * @model annotation="http://www.fieldbook.org/dataverse column='documentbody' maxLength='178956972'"
	 * @generated
	 */
	String getDocumentBody();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Annotation#getDocumentBody <em>Document Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document Body</em>' attribute.
	 * @see #getDocumentBody()
	 * @generated
	 */
	void setDocumentBody(String value);

	/**
	 * Returns the value of the '<em><b>Is Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the note holds a file, set by the server.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Is Document</em>' attribute.
	 * @see #setIsDocument(boolean)
	 * @see org.fieldbook.model.FieldbookPackage#getAnnotation_IsDocument()
	 * @model annotation="http://www.fieldbook.org/dataverse column='isdocument'"
	 * @generated
	 */
	boolean isIsDocument();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Annotation#isIsDocument <em>Is Document</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Is Document</em>' attribute.
	 * @see #isIsDocument()
	 * @generated
	 */
	void setIsDocument(boolean value);

	/**
	 * Returns the value of the '<em><b>Object Type Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The table of the row the note regards (msdyn_workorder), set by the server.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Object Type Code</em>' attribute.
	 * @see #setObjectTypeCode(String)
	 * @see org.fieldbook.model.FieldbookPackage#getAnnotation_ObjectTypeCode()
	 * @model annotation="http://www.fieldbook.org/dataverse column='objecttypecode' maxLength='64'"
	 * @generated
	 */
	String getObjectTypeCode();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Annotation#getObjectTypeCode <em>Object Type Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Object Type Code</em>' attribute.
	 * @see #getObjectTypeCode()
	 * @generated
	 */
	void setObjectTypeCode(String value);

	/**
	 * Returns the value of the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The systemuserid of the user who created the note, set by the server.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Created By</em>' attribute.
	 * @see #setCreatedBy(String)
	 * @see org.fieldbook.model.FieldbookPackage#getAnnotation_CreatedBy()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_createdby_value' maxLength='36'"
	 * @generated
	 */
	String getCreatedBy();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Annotation#getCreatedBy <em>Created By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created By</em>' attribute.
	 * @see #getCreatedBy()
	 * @generated
	 */
	void setCreatedBy(String value);

	/**
	 * Returns the value of the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The systemuserid of the user who last changed the note, set by the server.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Modified By</em>' attribute.
	 * @see #setModifiedBy(String)
	 * @see org.fieldbook.model.FieldbookPackage#getAnnotation_ModifiedBy()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_modifiedby_value' maxLength='36'"
	 * @generated
	 */
	String getModifiedBy();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Annotation#getModifiedBy <em>Modified By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modified By</em>' attribute.
	 * @see #getModifiedBy()
	 * @generated
	 */
	void setModifiedBy(String value);

	/**
	 * Returns the value of the '<em><b>Object Id</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The work order the note regards.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Object Id</em>' reference.
	 * @see #setObjectId(WorkOrder)
	 * @see org.fieldbook.model.FieldbookPackage#getAnnotation_ObjectId()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_objectid_value' navigation='objectid_msdyn_workorder'"
	 * @generated
	 */
	WorkOrder getObjectId();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Annotation#getObjectId <em>Object Id</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Object Id</em>' reference.
	 * @see #getObjectId()
	 * @generated
	 */
	void setObjectId(WorkOrder value);

} // Annotation
